// The inbox worker on real stores: a failure that is ours (not Webex's) parks the event instead of
// dropping it, a row Webex refuses for good is finished with its reason, a lease that ran out is
// taken over, and no more rows are in hand at once than the worker's concurrency.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createInboxStore } from "../../bot/inbox/store.js";
import { createInboxWorker } from "../../bot/inbox/worker.js";
import { createInboxWriter } from "../../bot/inbox/writer.js";
import { WebexApiError } from "../../bot/webex/errors.js";
import type { WebhookEnvelope } from "../../bot/webex/envelope.js";
import { describeEachEngine } from "../support/engines.js";

const log = pino({ level: "silent" });
let next = 0;
const envelope = (): WebhookEnvelope => ({ id: "WH", name: "n", resource: "messages", event: "created", data: { id: `M${++next}`, roomId: "R1" } });

describeEachEngine("the inbox worker", (getStore, engine) => {
  it("parks an event whose handling failed on our side, and handles it on a later try", async () => {
    const store = getStore();
    const inbox = createInboxStore(store.db, engine, createInboxWriter(store.url!));
    const event = envelope();
    expect(await inbox.accept(event)).toBe("stored");
    expect(await inbox.accept(event)).toBe("duplicate");
    let calls = 0;
    const worker = createInboxWorker({ store: inbox, log, parkMs: 10, pollMs: 10, handle: async () => { if (++calls === 1) throw new Error("database went away"); } });
    worker.start();
    await worker.idle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await worker.idle();
    await worker.stop();
    await inbox.close();
    const row = await store.db.inboxEvent.findFirstOrThrow({ where: { dataId: event.data.id } });
    expect(calls).toBe(2);
    expect(row.status).toBe("done");
  });

  it("finishes a row Webex refuses for good with the reason, and takes over a lease that ran out", async () => {
    const store = getStore();
    const inbox = createInboxStore(store.db, engine);
    const gone = envelope();
    const orphan = envelope();
    await inbox.accept(gone);
    await inbox.accept(orphan);
    // Another instance claimed the orphan and died: its lease runs out after 50 ms.
    const [claimed] = await inbox.claim("dead-instance", 2, 50);
    expect(claimed).toBeDefined();
    const handled: string[] = [];
    const worker = createInboxWorker({
      store: inbox, log, pollMs: 10, instanceId: "alive",
      handle: async (row) => {
        handled.push(row.envelope.data.id);
        if (row.envelope.data.id === gone.data.id) throw new WebexApiError(404, "/messages/x", "gone");
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    worker.start();
    await worker.idle();
    await worker.stop();
    expect(handled.sort()).toEqual([gone.data.id, orphan.data.id].sort());
    const refused = await store.db.inboxEvent.findFirstOrThrow({ where: { dataId: gone.data.id } });
    expect(refused).toMatchObject({ status: "done" });
    expect(refused.parkedReason).toMatch(/404/);
  });

  it("holds no more rows at once than its concurrency, however many wait", async () => {
    const store = getStore();
    const inbox = createInboxStore(store.db, engine);
    for (let i = 0; i < 30; i++) await inbox.accept(envelope());
    let inHand = 0;
    let most = 0;
    const worker = createInboxWorker({
      store: inbox, log, concurrency: 4, pollMs: 10, admissionLagMs: 0,
      handle: async () => { most = Math.max(most, ++inHand); await new Promise((resolve) => setTimeout(resolve, 5)); inHand--; },
    });
    worker.start();
    await worker.idle();
    await worker.stop();
    expect(most).toBe(4);
    expect(await store.db.inboxEvent.count({ where: { status: "pending" } })).toBe(0);
  });
});
