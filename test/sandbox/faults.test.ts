// Injected faults on the sandbox's /v1 API: what the bot's Webex client sees when Webex is slow,
// silent, refusing or hangs up.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { apiClient } from "./support/http.js";

let sandbox: Sandbox;
let api: ReturnType<typeof apiClient>;
const ben = "ben.okafor@partner.example";

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: "bot-token" });
  api = apiClient(sandbox, "bot-token");
});
afterEach(() => sandbox.faults.clear());
afterAll(() => sandbox.close());

async function control(method: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
    method, headers: { "content-type": "application/json" }, ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

describe("status faults", () => {
  it("answers 429 with Retry-After and a Webex error body for `times` requests, then normally", async () => {
    const added = await control("POST", { path: "/people", fault: "status", status: 429, retryAfter: 3, times: 2 });
    expect(added.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const refused = await api("GET", "/people/me");
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("3");
      expect(refused.body.errors[0].description).toBe(refused.body.message);
      expect(refused.body.trackingId).toBeTruthy();
    }
    expect((await api("GET", "/people/me")).status).toBe(200);
  });

  it("keeps failing until cleared when `times` is not given, and DELETE clears it", async () => {
    await control("POST", { method: "GET", path: "/rooms", fault: "status", status: 503 });
    expect((await api("GET", "/rooms")).status).toBe(503);
    expect((await api("GET", "/rooms")).status).toBe(503);
    expect((await control("DELETE")).status).toBe(204);
    expect((await api("GET", "/rooms")).status).toBe(200);
  });

  it("matches only the method it names", async () => {
    const room = sandbox.directRoomWith(ben);
    sandbox.faults.add({ method: "POST", path: "/messages", fault: "status", status: 500 });
    expect((await api("GET", `/messages?roomId=${room.id}`)).status).toBe(200);
    expect((await api("POST", "/messages", { roomId: room.id, text: "hello" })).status).toBe(500);
  });

  it("matches only the space it names, in the body, the query or the message read", async () => {
    const benRoom = sandbox.directRoomWith(ben);
    const other = sandbox.directRoomWith("ana.silva@partner.example");
    const said = await sandbox.say({ roomId: benRoom.id, personEmail: ben, text: "status" });
    sandbox.faults.add({ path: "/messages", roomId: benRoom.id, fault: "status", status: 502 });
    expect((await api("POST", "/messages", { roomId: other.id, text: "fine" })).status).toBe(200);
    expect((await api("POST", "/messages", { roomId: benRoom.id, text: "refused" })).status).toBe(502);
    expect((await api("GET", `/messages?roomId=${benRoom.id}`)).status).toBe(502);
    expect((await api("GET", `/messages/${said.id}`)).status).toBe(502);
  });

  it("refuses a fault it cannot understand with a sentence", async () => {
    const wrong = await control("POST", { path: "/messages", fault: "explode" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/fault/);
  });
});

describe("delay, hang and reset", () => {
  it("delays a request and then answers it from the real route", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "delay", ms: 50, times: 1 });
    const answer = await api("GET", "/people/me");
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe(sandbox.bot.id);
  });

  it("holds a hung request until the faults are cleared, then answers it", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "hang" });
    let settled = false;
    const pending = api("GET", "/people/me").finally(() => { settled = true; });
    await waitForRequestHeld();
    expect(settled).toBe(false);
    sandbox.faults.clear();
    expect((await pending).status).toBe(200);
  });

  it("lets the caller give up on a hung request (the socket closes)", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "hang" });
    const aborted = fetch(`${sandbox.url}/v1/people/me`, { headers: { authorization: "Bearer bot-token" }, signal: AbortSignal.timeout(100) });
    await expect(aborted).rejects.toThrow();
    sandbox.faults.clear();
    expect((await api("GET", "/people/me")).status).toBe(200);
  });

  it("resets the socket: the caller sees a network error, not an answer", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "reset", times: 1 });
    await expect(api("GET", "/people/me")).rejects.toThrow(/fetch failed/);
    expect((await api("GET", "/people/me")).status).toBe(200);
  });
});

/** A hung request has no answer to wait for; give the server a few turns to have received it. */
async function waitForRequestHeld(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}
