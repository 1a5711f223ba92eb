// The inbox as a person sees it: an event is answered once however often Webex delivers it
// (a replayed envelope, a card click through two webhooks), and a read that Webex refuses for a
// while (429, a reset socket, an outage) is answered once Webex lets it, never dropped. The whole
// bot runs against the sandbox, on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sparkSignature } from "../../bot/sandbox/index.js";
import { ENGINES } from "../support/engines.js";
import { startTestRun, type TestRun } from "../support/local.js";

const SECRET = "an-inbox-test-secret";
const ANA = "ana.silva@partner.example";
const BEN = "ben.okafor@partner.example";

for (const engine of ENGINES) {
  describe(`the inbox [${engine}]`, () => {
    let run: TestRun;
    beforeAll(async () => {
      run = await startTestRun({
        engine, webhookSecret: SECRET, demoCustomers: 5,
        inbox: { parkMs: 50, pollMs: 50 },
        webexHttp: { retries: 2, backoffMs: 10, timeoutMs: 2000 },
      });
    });
    afterAll(async () => {
      run?.sandbox.faults.clear();
      await run?.dispose();
    });

    const botMessages = (roomId: string) => run.sandbox.messages(roomId).filter((m) => m.personEmail === run.sandbox.bot.email);
    const deliver = (envelope: object) => {
      const body = JSON.stringify(envelope);
      return fetch(`http://127.0.0.1:${run.bot.port}/webhook`, {
        method: "POST", headers: { "content-type": "application/json", "x-spark-signature": sparkSignature(SECRET, body) }, body,
      });
    };

    it("handles a replayed signed envelope once", async () => {
      // A group-space message without a mention reaches the bot only through our envelope.
      const room = run.sandbox.rooms().find((r) => r.type === "group")!;
      const message = await run.sandbox.say({ roomId: room.id, personEmail: ANA, text: "help" });
      const before = botMessages(room.id).length;
      const envelope = { id: "WH1", name: "Partner Hub bot: messages", resource: "messages", event: "created", actorId: message.personId, data: { id: message.id, roomId: room.id, personEmail: ANA } };
      for (let i = 0; i < 3; i++) expect((await deliver(envelope)).status).toBe(200);
      await run.bot.idle();
      expect(botMessages(room.id).length).toBe(before + 1);
      expect(await run.store.db.inboxEvent.count({ where: { dataId: message.id } })).toBe(1);
    });

    it("handles a card click once when two webhooks deliver it", async () => {
      const room = run.sandbox.directRoomWith(BEN);
      const card = await run.ask(BEN, "help");
      await run.bot.idle();
      const before = botMessages(room.id).length;
      const action = await run.sandbox.submitCard({ messageId: card.id, personEmail: BEN, inputs: { action: "no-such-action" } });
      await run.bot.idle();
      expect(botMessages(room.id).length).toBe(before + 1);
      // The same click again, as a catch-all webhook would bring it.
      const person = run.sandbox.people.find((p) => p.email === BEN)!;
      expect((await deliver({ id: "WH-ALL", name: "firehose", resource: "attachmentActions", event: "created", actorId: person.id, data: { id: action.id, roomId: room.id, messageId: card.id, personId: person.id } })).status).toBe(200);
      await run.bot.idle();
      expect(botMessages(room.id).length).toBe(before + 1);
    });

    it("answers once through a 429 with Retry-After and a reset socket on the read", async () => {
      const room = run.sandbox.directRoomWith(ANA);
      run.sandbox.faults.add({ method: "GET", path: "/messages/", roomId: room.id, fault: "status", status: 429, retryAfter: 1, times: 1 });
      run.sandbox.faults.add({ method: "GET", path: "/messages/", roomId: room.id, fault: "reset", times: 1 });
      const before = botMessages(room.id).length;
      const answer = await run.ask(ANA, "help");
      await run.bot.idle();
      expect(answer.text).toBeTruthy();
      expect(botMessages(room.id).length).toBe(before + 1);
      const reads = run.sandbox.requests().filter((r) => r.method === "GET" && r.path.startsWith("/v1/messages/") && r.status === 429);
      expect(reads.length).toBeGreaterThanOrEqual(1);
    });

    it("parks an event while Webex keeps failing the read, with the reason, and answers it once Webex is back", async () => {
      const room = run.sandbox.directRoomWith(ANA);
      run.sandbox.faults.add({ method: "GET", path: "/messages/", roomId: room.id, fault: "status", status: 503 });
      const before = botMessages(room.id).length;
      const said = await run.sandbox.say({ roomId: room.id, personEmail: ANA, text: "help" });
      const parked = await waitFor(async () => {
        const row = await run.store.db.inboxEvent.findFirst({ where: { dataId: said.id } });
        return row?.parkedReason ? row : undefined;
      });
      expect(parked.status).toBe("pending");
      expect(parked.parkedReason).toMatch(/503/);
      expect(botMessages(room.id).length).toBe(before);
      const answered = run.sandbox.waitForBotMessage(room.id);
      run.sandbox.faults.clear();
      await answered;
      await run.bot.idle();
      expect(botMessages(room.id).length).toBe(before + 1);
      expect((await run.store.db.inboxEvent.findFirstOrThrow({ where: { dataId: said.id } })).status).toBe("done");
    });
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
