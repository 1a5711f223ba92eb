import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import { apiClient, CARD_TYPE, makeCard } from "./support/http.js";

async function startFileServer(name: string, content: string) {
  const app = express();
  app.get(`/${name}`, (_req, res) => { res.type("text/csv").send(content); });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

let sandbox: Sandbox;
let api: ReturnType<typeof apiClient>;
let roomId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: "bot-token" });
  api = apiClient(sandbox, "bot-token");
  roomId = sandbox.directRoomWith("ana.silva@partner.example").id;
});
afterAll(() => sandbox.close());

function csvForm(names: string[]): FormData {
  const form = new FormData();
  form.set("roomId", roomId);
  form.set("text", "Your weekly report");
  for (const name of names) form.append("files", new Blob(["customer,status\nAcme,active\n"], { type: "text/csv" }), name);
  return form;
}

describe("POST /v1/messages", () => {
  it("stores a markdown message in the Webex shape, with its plain text", async () => {
    const answer = await api("POST", "/messages", { roomId, markdown: "**3** customers [expire](https://example.com) soon" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ roomId, roomType: "direct", personId: sandbox.bot.id, personEmail: "partnerhub-bot@webex.bot", text: "3 customers expire soon" });
    expect(Buffer.from(answer.body.id, "base64").toString()).toMatch(/^ciscospark:\/\/us\/MESSAGE\//);
    expect((await api("GET", `/messages/${answer.body.id}`)).body).toEqual(answer.body);
  });

  it("accepts 7,439 bytes of text and refuses 7,440", async () => {
    expect((await api("POST", "/messages", { roomId, text: "x".repeat(7439) })).status).toBe(200);
    const refused = await api("POST", "/messages", { roomId, markdown: "é".repeat(3720) });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/7440 bytes.*at most 7439/);
  });

  it("sends to a person by email, in the 1:1 space with them", async () => {
    const answer = await api("POST", "/messages", { toPersonEmail: "ana.silva@partner.example", text: "hello" });
    expect(answer.body.roomId).toBe(roomId);
  });

  it("refuses a message with no destination, two destinations or no content", async () => {
    expect((await api("POST", "/messages", { text: "lost" })).status).toBe(400);
    expect((await api("POST", "/messages", { roomId, toPersonEmail: "ana.silva@partner.example", text: "x" })).status).toBe(400);
    expect((await api("POST", "/messages", { roomId })).status).toBe(400);
    expect((await api("POST", "/messages", { roomId: "unknown-room", text: "x" })).status).toBe(404);
  });

  it("accepts one Adaptive Card 1.3 and refuses a 1.4 card, a card with unknown elements, another content type and two cards", async () => {
    const ok = await api("POST", "/messages", { roomId, markdown: "card", attachments: [{ contentType: CARD_TYPE, content: makeCard() }] });
    expect(ok.status).toBe(200);
    expect(ok.body.attachments[0].content.body[0].text).toBe("Customers expiring soon");

    const newer = await api("POST", "/messages", { roomId, markdown: "card", attachments: [{ contentType: CARD_TYPE, content: makeCard({ version: "1.4" }) }] });
    expect(newer.status).toBe(400);
    expect(newer.body.message).toMatch(/version must be 1.0 to 1.3, not 1.4/);

    const execute = makeCard({ actions: [{ type: "Action.Execute", title: "Go", verb: "go" }] });
    const unknown = await api("POST", "/messages", { roomId, markdown: "card", attachments: [{ contentType: CARD_TYPE, content: execute }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/Action.Execute/);

    const hero = await api("POST", "/messages", { roomId, markdown: "card", attachments: [{ contentType: "application/vnd.microsoft.card.hero", content: {} }] });
    expect(hero.status).toBe(400);
    expect(hero.body.message).toMatch(/only application\/vnd.microsoft.card.adaptive/);

    const two = await api("POST", "/messages", { roomId, markdown: "cards", attachments: [{ contentType: CARD_TYPE, content: makeCard() }, { contentType: CARD_TYPE, content: makeCard() }] });
    expect(two.status).toBe(400);
  });

  it("stores one multipart file and serves it back with its name to a token holder only", async () => {
    const answer = await api("POST", "/messages", csvForm(["expiring.csv"]));
    expect(answer.status).toBe(200);
    const [url] = answer.body.files;
    expect(url).toMatch(new RegExp(`^${sandbox.url}/v1/contents/`));
    const download = await fetch(url, { headers: { authorization: "Bearer bot-token" } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain('filename="expiring.csv"');
    expect(download.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await download.text()).toBe("customer,status\nAcme,active\n");
    expect((await fetch(url)).status).toBe(401);
    expect(sandbox.fileContent(answer.body)?.name).toBe("expiring.csv");
  });

  it("fetches a file given by URL, as Webex does, and refuses a URL it cannot download", async () => {
    const source = await startFileServer("quarterly.csv", "a,b\n1,2\n");
    try {
      const answer = await api("POST", "/messages", { roomId, text: "from a URL", files: [source.url] });
      expect(answer.status).toBe(200);
      expect(sandbox.fileContent(answer.body)).toMatchObject({ name: "quarterly.csv", contentType: expect.stringMatching(/^text\/csv/) });
      const missing = await api("POST", "/messages", { roomId, text: "gone", files: [`${source.url}.missing`] });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toMatch(/could not be downloaded/);
    } finally {
      await source.close();
    }
  });

  it("refuses two files in one message", async () => {
    const answer = await api("POST", "/messages", csvForm(["a.csv", "b.csv"]));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/one file/);
  });
});

describe("GET /v1/messages", () => {
  it("lists a 1:1 space newest first, up to max", async () => {
    const room = sandbox.directRoomWith("chen.wei@partner.example");
    for (const text of ["first", "second", "third"]) await api("POST", "/messages", { roomId: room.id, text });
    const answer = await api("GET", `/messages?roomId=${room.id}&max=2`);
    expect(answer.body.items.map((m: { text: string }) => m.text)).toEqual(["third", "second"]);
  });

  it("lets a bot list a group space's messages only with mentionedPeople=me, as Webex does", async () => {
    const group = sandbox.createGroupRoom("Renewals", ["ana.silva@partner.example", "ben.okafor@partner.example"]);
    await sandbox.say({ roomId: group.id, personEmail: "ana.silva@partner.example", text: "not for the bot" });
    await sandbox.say({ roomId: group.id, personEmail: "ben.okafor@partner.example", text: "status", mentionBot: true });
    expect((await api("GET", `/messages?roomId=${group.id}`)).status).toBe(403);
    const mentions = await api("GET", `/messages?roomId=${group.id}&mentionedPeople=me`);
    expect(mentions.body.items.map((m: { text: string }) => m.text)).toEqual(["Partner Hub bot status"]);
  });
});

describe("DELETE /v1/messages/{id}", () => {
  it("deletes the caller's own message and refuses someone else's", async () => {
    const own = await api("POST", "/messages", { roomId, text: "oops" });
    expect((await api("DELETE", `/messages/${own.body.id}`)).status).toBe(204);
    expect((await api("GET", `/messages/${own.body.id}`)).status).toBe(404);
    const theirs = await sandbox.say({ roomId, personEmail: "ana.silva@partner.example", text: "mine" });
    expect((await api("DELETE", `/messages/${theirs.id}`)).status).toBe(403);
  });
});

describe("refusals shown on the page", () => {
  it("keeps the bot's refused post in the space's timeline with Webex's reason", async () => {
    const room = sandbox.directRoomWith("eli.novak@partner.example");
    await api("POST", "/messages", { roomId: room.id, markdown: "card", attachments: [{ contentType: CARD_TYPE, content: makeCard({ version: "1.5" }) }] });
    const timeline = await (await fetch(`${sandbox.url}/_sandbox/rooms/${room.id}/timeline`)).json() as { items: Array<{ kind: string; status?: number; message?: string }> };
    expect(timeline.items).toEqual([expect.objectContaining({ kind: "refusal", status: 400, message: expect.stringMatching(/not 1.5/) })]);
  });
});
