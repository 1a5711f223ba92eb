// The per-event statements that go to the driver instead of Prisma (domain/store/driver.ts), on
// both engines: what a person relies on is that a replayed webhook is answered once, that an
// event a crashed instance held is answered after all, that an answer is stored once under its
// key, and that what the driver writes Prisma's queries (the sweeps, `due`) read the same way.
import { expect, it } from "vitest";
import { createInboxStore } from "../../bot/inbox/store.js";
import { createInboxWriter } from "../../bot/inbox/writer.js";
import { createOutboxRows } from "../../bot/outbox/rows.js";
import { ensureSpace } from "../../bot/routing/spaces.js";
import { resolveViewer } from "../../domain/access/viewer.js";
import type { WebhookEnvelope } from "../../bot/webex/envelope.js";
import { describeEachEngine } from "../support/engines.js";

let next = 0;
const envelope = (): WebhookEnvelope => ({ id: "WH", name: "n", resource: "messages", event: "created", data: { id: `HOT${++next}`, roomId: "R-hot" } });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine("the hot path on the driver", (getStore, engine) => {
  it("stores a replayed event once, and only one instance claims it", async () => {
    const { db } = getStore();
    const inbox = createInboxStore(db, engine);
    const event = envelope();
    expect(await inbox.accept(event)).toBe("stored");
    expect(await inbox.accept(event)).toBe("duplicate");
    expect(await db.inboxEvent.count({ where: { dataId: event.data.id } })).toBe(1);
    const [first] = await inbox.claim("instance-a", 10, 60_000);
    expect(first?.envelope).toEqual(event);
    expect(first?.attempts).toBe(1);
    expect(await inbox.claim("instance-b", 10, 60_000)).toEqual([]);
    await inbox.finish(first!.id);
    expect(await db.inboxEvent.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ status: "done", leaseUntil: null });
  });

  it("acknowledges a burst through the bot's own writer (SQLite: its thread), each event once", async () => {
    const store = getStore();
    const inbox = createInboxStore(store.db, engine, createInboxWriter(store.url!));
    const events = Array.from({ length: 40 }, envelope);
    const outcomes = await Promise.all([...events, ...events.slice(0, 10)].map((event) => inbox.accept(event)));
    expect(outcomes.filter((outcome) => outcome === "stored")).toHaveLength(40);
    expect(outcomes.filter((outcome) => outcome === "duplicate")).toHaveLength(10);
    expect(await store.db.inboxEvent.count({ where: { dataId: { in: events.map((event) => event.data.id) } } })).toBe(40);
    const claimed = await inbox.claim("instance-a", 100, 60_000);
    for (const row of claimed) await inbox.finish(row.id);
    await inbox.close();
    expect(claimed.map((row) => row.envelope.data.id).sort()).toEqual(events.map((event) => event.data.id).sort());
  });

  it("claims again a row whose lease ran out (its instance died), counting the attempt", async () => {
    const { db } = getStore();
    const inbox = createInboxStore(db, engine);
    const event = envelope();
    await inbox.accept(event);
    const [held] = await inbox.claim("crashed", 10, 30);
    expect(held?.envelope.data.id).toBe(event.data.id);
    await pause(60);
    const [again] = await inbox.claim("alive", 10, 60_000);
    expect(again?.id).toBe(held!.id);
    expect(again?.attempts).toBe(2);
    expect((await db.inboxEvent.findUniqueOrThrow({ where: { id: held!.id } })).claimedBy).toBe("alive");
    await inbox.finish(again!.id);
  });

  it("gives concurrent claims different rows, oldest first", async () => {
    const { db } = getStore();
    const inbox = createInboxStore(db, engine);
    for (let i = 0; i < 24; i++) await inbox.accept(envelope());
    const batches = await Promise.all([1, 2, 3, 4].map((n) => inbox.claim(`instance-${n}`, 10, 60_000)));
    const ids = batches.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(24);
    for (const batch of batches) expect(batch.map((row) => row.id)).toEqual([...batch.map((row) => row.id)].sort((a, b) => a - b));
    for (const id of ids) await inbox.finish(id);
  });

  it("parks a row until its time, as Prisma's queries see it", async () => {
    const { db } = getStore();
    const inbox = createInboxStore(db, engine);
    await inbox.accept(envelope());
    const [row] = await inbox.claim("instance-a", 1, 60_000);
    await inbox.park(row!.id, "Webex answered 503", new Date(Date.now() + 3_600_000));
    expect(await inbox.due()).toBe(0);
    expect(await inbox.claim("instance-a", 1, 60_000)).toEqual([]);
    await inbox.park(row!.id, "Webex answered 503", new Date(Date.now() - 1000));
    expect(await inbox.due()).toBe(1);
    const [again] = await inbox.claim("instance-a", 1, 60_000);
    expect(again?.id).toBe(row!.id);
    await inbox.giveUp(row!.id, "gave up");
    expect(await db.inboxEvent.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: "dead", parkedReason: "gave up" });
  });

  it("stores an answer once under its key, and reads back what it stored", async () => {
    const { db } = getStore();
    const rows = createOutboxRows(db);
    const createdAt = new Date("2026-11-23T10:00:00.000Z");
    const first = await rows.insert({ roomId: "R-out", payload: "{\"text\":\"hi\"}", dedupeKey: "inbox:1:0", createdAt, nextAttemptAt: createdAt });
    expect(first).toBeTypeOf("number");
    expect(await rows.insert({ roomId: "R-out", payload: "{\"text\":\"hi\"}", dedupeKey: "inbox:1:0", createdAt, nextAttemptAt: createdAt })).toBeUndefined();
    expect(await rows.byDedupeKey("inbox:1:0")).toEqual({ id: first, status: "pending" });
    expect(await rows.byId(first!)).toMatchObject({ roomId: "R-out", status: "pending", attempts: 0, filePath: null, createdAt });
    expect(await rows.claim(first!, 1, new Date(Date.now() + 60_000))).toBe(true);
    expect(await rows.claim(first!, 1, new Date(Date.now() + 60_000))).toBe(false);
    await rows.markSent(first!, new Date());
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: first! } })).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("creates a new space once when its first events are handled at once, with the default settings", async () => {
    const { db } = getStore();
    const spaces = await Promise.all([1, 2, 3, 4].map(() => ensureSpace(db, "R-new-direct", "direct", "Europe/Berlin")));
    for (const space of spaces) expect(space).toEqual({ id: "R-new-direct", type: "direct", enabled: true, language: "en", region: "all", timeZone: "Europe/Berlin" });
    const group = await ensureSpace(db, "R-new-group", "group", "UTC", "Renewals");
    expect(group.enabled).toBe(false);
    const row = await db.space.findUniqueOrThrow({ where: { id: "R-new-group" } });
    expect(row).toMatchObject({ title: "Renewals", enabled: false, alertsEnabled: true, alertTime: "09:00" });
    expect(row.updatedAt.getTime()).toBeGreaterThan(0);
  });

  it("finds a partner admin whatever the case of the email", async () => {
    const { db } = getStore();
    const admin = await db.partnerAdmin.create({ data: { email: "ana@partner.example", role: "full", source: "env" } });
    expect(await resolveViewer(db, "Ana@Partner.Example")).toEqual({ adminId: admin.id, email: "ana@partner.example", role: "full" });
    expect(await resolveViewer(db, "nobody@partner.example")).toBeNull();
  });
});
