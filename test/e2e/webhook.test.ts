// The webhook route trusts nothing it cannot verify: an unsigned or mis-signed event is refused
// with 401 and goes no further (nothing is fetched, nothing is posted); a signed body that is
// not a Webex event gets 400. Health and readiness answer for probes.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRun, type TestRun } from "../support/local.js";
import { webhookName } from "../../bot/webex/webhooks.js";

const SECRET = "a-test-secret-of-enough-length";
const ANA = "ana.silva@partner.example";

describe("POST /webhook", () => {
  let run: TestRun;
  let url: string;
  beforeAll(async () => {
    run = await startTestRun({ webhookSecret: SECRET, demoCustomers: 5 });
    url = `http://127.0.0.1:${run.bot.port}`;
  });
  afterAll(async () => { await run?.dispose(); });

  async function realEvent(): Promise<string> {
    // A genuine message the bot was not told about (a group space hears only mentions), so that
    // a forwarded event is answerable and new to the inbox each time.
    const room = run.sandbox.rooms().find((r) => r.type === "group")!;
    const message = await run.sandbox.say({ roomId: room.id, personEmail: ANA, text: "help" });
    await run.bot.idle();
    return JSON.stringify({
      id: "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZmFrZQ", name: webhookName("messages"), resource: "messages", event: "created",
      actorId: message.personId, data: { id: message.id, roomId: room.id, personEmail: ANA },
    });
  }

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/webhook`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  const botPosts = () => run.sandbox.requests().filter((r) => r.method === "POST" && r.path.startsWith("/v1/messages")).length;
  const fetchesOfMessages = () => run.sandbox.requests().filter((r) => r.method === "GET" && r.path.startsWith("/v1/messages/")).length;

  it("refuses an unsigned event with 401, and nothing is fetched or posted", async () => {
    const body = await realEvent();
    const [posts, fetches] = [botPosts(), fetchesOfMessages()];
    const response = await post(body);
    expect(response.status).toBe(401);
    await run.bot.idle();
    expect([botPosts(), fetchesOfMessages()]).toEqual([posts, fetches]);
  });

  it("refuses a mis-signed event with 401, and nothing is fetched or posted", async () => {
    const body = await realEvent();
    const [posts, fetches] = [botPosts(), fetchesOfMessages()];
    const wrong = createHmac("sha1", "another-secret-entirely").update(body).digest("hex");
    const response = await post(body, { "x-spark-signature": wrong });
    expect(response.status).toBe(401);
    // Signed over other bytes (re-serialized JSON with a space) is wrong too.
    const reserialized = createHmac("sha1", SECRET).update(JSON.stringify(JSON.parse(body), null, 1)).digest("hex");
    expect((await post(body, { "x-spark-signature": reserialized })).status).toBe(401);
    await run.bot.idle();
    expect([botPosts(), fetchesOfMessages()]).toEqual([posts, fetches]);
  });

  it("accepts a correctly signed event and answers it", async () => {
    const body = await realEvent();
    const posts = botPosts();
    const response = await post(body, { "x-spark-signature": createHmac("sha1", SECRET).update(body).digest("hex") });
    expect(response.status).toBe(200);
    await run.bot.idle();
    expect(botPosts()).toBe(posts + 1);
  });

  it("answers 400 to a signed body that is not a Webex event", async () => {
    for (const body of ["not json at all", JSON.stringify({ hello: "world" }), JSON.stringify({ id: "x", name: "n", resource: "messages", event: "created" })]) {
      const response = await post(body, { "x-spark-signature": createHmac("sha1", SECRET).update(body).digest("hex") });
      expect(response.status, body).toBe(400);
    }
  });

  it("says it is alive and ready", async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
