// PUT /v1/messages/{id} as Webex answers it: the sender edits their own message's text in its
// own room; anyone else, another room, a message with a card and an eleventh edit are refused
// with Webex's error body. The bot's client (createWebexApi.editMessage) speaks it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { WebexApiError } from "../../bot/webex/errors.js";
import { apiClient, CARD_TYPE, makeCard } from "./support/http.js";

let sandbox: Sandbox;
let bot: ReturnType<typeof apiClient>;
let ana: ReturnType<typeof apiClient>;
let roomId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: "bot-token", extraTokens: ["partner-token"] });
  bot = apiClient(sandbox, "bot-token");
  ana = apiClient(sandbox, "partner-token");
  roomId = sandbox.directRoomWith("ana.silva@partner.example").id;
});
afterAll(() => sandbox.close());

const expectWebexError = (answer: { status: number; body: any }, status: number, message: RegExp) => {
  expect(answer.status).toBe(status);
  expect(answer.body.message).toMatch(message);
  expect(answer.body.errors[0].description).toBe(answer.body.message);
  expect(answer.body.trackingId).toEqual(expect.any(String));
};

describe("editing a message", () => {
  it("replaces the sender's text, marks it updated and keeps every edit for the page", async () => {
    const posted = await bot("POST", "/messages", { roomId, text: "Importing… 0 of ~200,000 rows" });
    const edited = await bot("PUT", `/messages/${posted.body.id}`, { roomId, text: "Importing… 120,000 of ~200,000 rows" });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: posted.body.id, roomId, text: "Importing… 120,000 of ~200,000 rows", updated: expect.any(String) });
    expect((await bot("GET", `/messages/${posted.body.id}`)).body.text).toBe("Importing… 120,000 of ~200,000 rows");
    expect(sandbox.edits(roomId).map((e) => e.text)).toContain("Importing… 120,000 of ~200,000 rows");
    const markdown = await bot("PUT", `/messages/${posted.body.id}`, { roomId, markdown: "**Done**" });
    expect(markdown.body).toMatchObject({ markdown: "**Done**", text: "Done" });
  });

  it("refuses someone else's message, another room, a card, no text, an unknown id and an eleventh edit", async () => {
    const posted = await bot("POST", "/messages", { roomId, text: "mine" });
    expectWebexError(await ana("PUT", `/messages/${posted.body.id}`, { roomId, text: "hers" }), 403, /only edit your own/);
    const other = sandbox.createGroupRoom("Other", ["ana.silva@partner.example"]).id;
    expectWebexError(await bot("PUT", `/messages/${posted.body.id}`, { roomId: other, text: "moved" }), 400, /roomId does not match/);
    expectWebexError(await bot("PUT", `/messages/${posted.body.id}`, { text: "no room" }), 400, /roomId is required/);
    expectWebexError(await bot("PUT", `/messages/${posted.body.id}`, { roomId }), 400, /text or markdown is required/);
    expectWebexError(await bot("PUT", "/messages/nope", { roomId, text: "x" }), 404, /Could not find a message/);
    const card = await bot("POST", "/messages", { roomId, text: "card", attachments: [{ contentType: CARD_TYPE, content: makeCard() }] });
    expectWebexError(await bot("PUT", `/messages/${card.body.id}`, { roomId, text: "x" }), 400, /without attachments/);
    for (let i = 0; i < 10; i++) expect((await bot("PUT", `/messages/${posted.body.id}`, { roomId, text: `edit ${i}` })).status).toBe(200);
    expectWebexError(await bot("PUT", `/messages/${posted.body.id}`, { roomId, text: "one more" }), 400, /at most 10 times/);
    expect((await bot("GET", `/messages/${posted.body.id}`)).body.text).toBe("edit 9");
  });

  it("is what the bot's Webex client sends, and a refusal is a WebexApiError with Webex's status", async () => {
    const client = createWebexApi(`${sandbox.url}/v1`, "bot-token");
    const posted = await client.postMessage({ roomId, text: "before" });
    expect(await client.editMessage(posted.id, { roomId, text: "after" })).toEqual({ id: posted.id, roomId });
    expect((await bot("GET", `/messages/${posted.id}`)).body.text).toBe("after");
    await expect(createWebexApi(`${sandbox.url}/v1`, "partner-token").editMessage(posted.id, { roomId, text: "x" })).rejects.toMatchObject({ status: 403 });
    await expect(client.editMessage(posted.id, { roomId: "elsewhere", text: "x" })).rejects.toBeInstanceOf(WebexApiError);
  });
});
