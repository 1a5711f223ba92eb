import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { apiClient } from "./support/http.js";

let sandbox: Sandbox;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: "bot-token", extraTokens: ["partner-token"] });
  api = apiClient(sandbox, "bot-token");
});
afterAll(() => sandbox.close());

describe("bearer token", () => {
  it("answers 401 with a Webex error body and a tracking id when the token is missing or wrong", async () => {
    for (const token of ["", "not-the-bot-token"]) {
      const answer = await apiClient(sandbox, token)("GET", "/people/me");
      expect(answer.status).toBe(401);
      expect(answer.body.message).toMatch(/access token/);
      expect(answer.body.errors[0].description).toBe(answer.body.message);
      expect(answer.body.trackingId).toBe(answer.headers.get("trackingid"));
      expect(answer.body.trackingId).toMatch(/^ROUTER_/);
    }
  });

  it("accepts the bot token (as the bot) and the extra tokens (as a partner admin)", async () => {
    const me = await api("GET", "/people/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: sandbox.bot.id, emails: ["partnerhub-bot@webex.bot"], type: "bot", displayName: "Partner Hub bot" });
    const admin = await apiClient(sandbox, "partner-token")("GET", "/people/me");
    expect(admin.body).toMatchObject({ emails: ["ana.silva@partner.example"], type: "person" });
  });

  it("echoes the caller's trackingid header", async () => {
    const answer = await api("GET", "/people/me", undefined, { trackingid: "webex-js-sdk_abc_1" });
    expect(answer.headers.get("trackingid")).toBe("webex-js-sdk_abc_1");
  });
});

describe("Webex errors", () => {
  it("answers 404 for unknown ids and unknown paths", async () => {
    for (const path of ["/people/nobody", "/rooms/nowhere", "/messages/none", "/memberships/none", "/webhooks/none", "/attachment/actions/none", "/contents/none", "/no-such-resource"]) {
      const answer = await api("GET", path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.errors[0].description, path).toBeTruthy();
    }
  });

  it("answers 400 with a Webex body for malformed JSON and for a missing roomId", async () => {
    const malformed = await api("POST", "/messages", "{not json", { "content-type": "application/json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/JSON/);
    const noRoom = await api("GET", "/messages");
    expect(noRoom.status).toBe(400);
    expect(noRoom.body.message).toMatch(/roomId/);
  });

  it("answers 429 with Retry-After for exactly the next `count` matching requests, then normally", async () => {
    sandbox.failNext(2, { status: 429, retryAfterSeconds: 7, method: "POST", path: /\/messages$/ });
    const room = sandbox.directRoomWith("ben.okafor@partner.example");
    const unrelated = await api("GET", "/people/me");
    expect(unrelated.status).toBe(200);
    const first = await api("POST", "/messages", { roomId: room.id, text: "one" });
    const second = await api("POST", "/messages", { roomId: room.id, text: "two" });
    const third = await api("POST", "/messages", { roomId: room.id, text: "three" });
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(first.body.message).toMatch(/Too Many Requests/);
    expect(sandbox.messages(room.id).map((m) => m.text)).toEqual(["three"]);
  });

  it("answers a 503 without Retry-After when asked to", async () => {
    sandbox.failNext(1, { status: 503 });
    const answer = await api("GET", "/rooms");
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBeNull();
  });

  it("records every request with its status and caller", async () => {
    await api("GET", "/people/me");
    const last = sandbox.requests().at(-1)!;
    expect(last).toMatchObject({ method: "GET", path: "/v1/people/me", status: 200, personEmail: "partnerhub-bot@webex.bot" });
  });
});

describe("people", () => {
  it("returns exactly the requested ids of a batched look-up, and the unknown ones as notFoundIds", async () => {
    const [ana, , chen] = sandbox.people;
    const answer = await api("GET", `/people/?id=${chen!.id},${ana!.id},unknown-id&showAllTypes=false`);
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((p: { id: string }) => p.id)).toEqual([chen!.id, ana!.id]);
    expect(answer.body.notFoundIds).toEqual(["unknown-id"]);
  });

  it("finds a person by email without regard to case, and none for an unknown email", async () => {
    const found = await api("GET", "/people?email=Dora.Klein@partner.example");
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ displayName: "Dora Klein", emails: ["dora.klein@partner.example"] });
    const none = await api("GET", "/people?email=nobody@partner.example");
    expect(none.body.items).toEqual([]);
  });

  it("mints ids the way Webex does", () => {
    const decoded = Buffer.from(sandbox.bot.id, "base64").toString();
    expect(decoded).toMatch(/^ciscospark:\/\/us\/PEOPLE\/[0-9a-f-]{36}$/);
  });
});

describe("rooms and memberships", () => {
  it("starts with a 1:1 space per person and the group space Partner operations, all with the bot", async () => {
    const rooms = await api("GET", "/rooms?max=100");
    const titles = rooms.body.items.map((r: { title: string }) => r.title);
    expect(titles).toContain("Partner operations");
    expect(rooms.body.items.filter((r: { type: string }) => r.type === "direct")).toHaveLength(6);
    const group = rooms.body.items.find((r: { title: string }) => r.title === "Partner operations");
    const members = await api("GET", `/memberships?roomId=${group.id}`);
    const emails = members.body.items.map((m: { personEmail: string }) => m.personEmail);
    expect(emails).toContain("partnerhub-bot@webex.bot");
    expect(emails).toContain("ana.silva@partner.example");
    expect(emails).not.toContain("sam.stranger@elsewhere.example");
    const one = await api("GET", `/memberships/${members.body.items[0].id}`);
    expect(one.body).toMatchObject({ roomId: group.id, roomType: "group" });
  });

  it("pages a list with max and a Link header the SDK follows", async () => {
    const first = await api("GET", "/memberships?max=2");
    expect(first.body.items).toHaveLength(2);
    const link = first.headers.get("link")!;
    expect(link).toMatch(/rel="next"/);
    const next = /<([^>]+)>/.exec(link)![1]!;
    const second = await api("GET", next.replace(`${sandbox.url}/v1`, ""));
    expect(second.body.items).toHaveLength(2);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it("hides spaces the caller is not in", async () => {
    const room = sandbox.createGroupRoom("Admins only", ["ana.silva@partner.example"], { withBot: false });
    expect((await api("GET", `/rooms/${room.id}`)).status).toBe(404);
  });
});
