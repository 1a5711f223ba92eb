// The bot's one Webex HTTP client against the sandbox's faults: what it waits out, what it retries,
// what it gives up on, and with which code.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { createWebexHttp } from "../../bot/webex/http.js";
import { createWebexReads } from "../../bot/webex/reads.js";
import { WebexApiError } from "../../bot/webex/errors.js";
import { ErrorCode } from "../../bot/errors.js";

let sandbox: Sandbox;
const waits: number[] = [];
const client = (overrides: Partial<Parameters<typeof createWebexHttp>[0]> = {}) =>
  createWebexHttp({ apiBase: `${sandbox.url}/v1`, token: "bot-token", sleep: async (ms) => { waits.push(ms); }, backoffMs: 10, ...overrides });

beforeAll(async () => { sandbox = await startSandbox({ botToken: "bot-token" }); });
afterEach(() => { sandbox.faults.clear(); waits.length = 0; });
afterAll(() => sandbox.close());

describe("the Webex HTTP client", () => {
  it("waits out a 429's Retry-After, retries a 503 and a reset socket, then reads", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "status", status: 429, retryAfter: 4, times: 1 });
    sandbox.faults.add({ path: "/people/me", fault: "status", status: 503, times: 1 });
    sandbox.faults.add({ path: "/people/me", fault: "reset", times: 1 });
    const me = await createWebexReads(client()).me();
    expect(me.id).toBe(sandbox.bot.id);
    expect(waits[0]).toBe(4000);
    expect(waits).toHaveLength(3);
  });

  it("gives up after its retries with a coded error: unavailable for 5xx, rate limited for 429", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "status", status: 502 });
    const failed = await client({ retries: 2 }).json({ path: "/people/me" }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(WebexApiError);
    expect(failed).toMatchObject({ status: 502, code: ErrorCode.WebexUnavailable, transient: true });
    expect(waits).toHaveLength(2);
    sandbox.faults.clear();
    sandbox.faults.add({ path: "/people/me", fault: "status", status: 429, retryAfter: 1 });
    await expect(client({ retries: 1 }).json({ path: "/people/me" })).rejects.toMatchObject({ code: ErrorCode.WebexRateLimited, retryAfterSeconds: 1 });
  });

  it("times out a call that never answers, as a transient failure", async () => {
    sandbox.faults.add({ path: "/people/me", fault: "hang" });
    await expect(client({ retries: 1, timeoutMs: 200 }).json({ path: "/people/me" })).rejects.toMatchObject({ status: 0, code: ErrorCode.WebexUnavailable });
  });

  it("does not retry what Webex refuses for good", async () => {
    await expect(client().json({ path: "/messages/no-such-message" })).rejects.toMatchObject({ status: 404, code: ErrorCode.WebexNotFound });
    expect(waits).toHaveLength(0);
  });
});
