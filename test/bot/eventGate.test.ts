// Someone who writes while the bot restarts still gets an answer: events the framework delivers
// before the bot is wired are kept and handled in order once it is ready.
import { describe, expect, it } from "vitest";
import { createEventGate, EARLY_EVENTS_KEPT } from "../../bot/routing/eventGate.js";
import type { BotEvent } from "../../bot/routing/types.js";

const message = (id: string): BotEvent => ({ kind: "message", id, roomId: "r", roomType: "direct", personEmail: "ana@partner.example", text: "help", fileUrls: [] });

describe("the start-up event gate", () => {
  it("keeps events that arrive before the bot is ready and hands them over in order, then passes events straight through", () => {
    const gate = createEventGate();
    const handled: string[] = [];
    gate.deliver(message("1"));
    gate.deliver(message("2"));
    expect(handled).toEqual([]);
    gate.open((event) => handled.push((event as { id: string }).id));
    expect(handled).toEqual(["1", "2"]);
    gate.deliver(message("3"));
    expect(handled).toEqual(["1", "2", "3"]);
    expect(gate.dropped).toBe(0);
  });

  it("keeps only the newest events when a flood arrives before it opens, and counts the rest", () => {
    const gate = createEventGate();
    for (let i = 0; i < EARLY_EVENTS_KEPT + 3; i++) gate.deliver(message(String(i)));
    const handled: string[] = [];
    gate.open((event) => handled.push((event as { id: string }).id));
    expect(handled).toHaveLength(EARLY_EVENTS_KEPT);
    expect(handled[0]).toBe("3");
    expect(gate.dropped).toBe(3);
  });
});
