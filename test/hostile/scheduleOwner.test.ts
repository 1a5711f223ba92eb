// A schedule runs as the admin who made it is now, not as they were: each due run looks up the
// creator's current role. A creator who may no longer schedule (made read-only, moved to sales,
// removed from the roster) gets the schedule paused, with one notice in the space and no report;
// when their role allows it again, the schedule posts again. Real SQLite, the real report worker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { runScheduledReport } from "../../bot/scheduler/reportRun.js";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import { claimRun } from "../../domain/schedule/runLedger.js";
import { createSchedule, spaceSchedules } from "../../domain/reports/schedules.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA, BEN } from "../commands/support.js";
import { recordingDeps, type RecordingDeps } from "../commands/recordingDeps.js";

const ROOM = "room-reports";

describe("a scheduled report whose creator's role changed", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let deps: RecordingDeps;
  let scheduleId: string;
  let due = TEST_NOW.getTime();

  /** One due run of the schedule, as the scheduler would start it; returns what it posted. */
  async function dueRun() {
    const db = store.store.db;
    const before = deps.sent.length;
    due += 86_400_000;
    const claim = (await claimRun(db, { kind: "report", key: scheduleId, dueAt: new Date(due), instanceId: "test", now: new Date(due) }))!;
    const schedule = (await spaceSchedules(db, ROOM)).find((s) => s.id === scheduleId)!;
    const outcome = await runScheduledReport({ db, clock: deps.clock, outbox: deps.outbox, log: pino({ level: "silent" }), instanceId: "test" }, schedule, claim);
    return { outcome, posts: deps.sent.slice(before) };
  }

  const setRole = (role: string) => store.store.db.partnerAdmin.update({ where: { email: BEN }, data: { role } });

  beforeAll(async () => {
    store = await freshStore("sqlite");
    const db = store.store.db;
    await seedIfEmpty(db, { customers: 25, now: TEST_NOW });
    deps = recordingDeps(store.store);
    await db.space.create({ data: { id: ROOM, type: "group", enabled: true, enabledBy: ANA, timeZone: "UTC" } });
    const spec = { frequency: "daily" as const, dayOfWeek: null, dayOfMonth: null, time: "08:00", timeZone: "UTC" };
    scheduleId = (await createSchedule(db, { spaceId: ROOM, template: "subscriptions", spec, options: { filter: {}, family: "meetings" }, createdBy: BEN, now: TEST_NOW })).id;
  });
  afterAll(async () => { await store?.dispose(); });

  it("posts while the creator may schedule, pauses with one notice once they may not, and resumes when they may again", async () => {
    const first = await dueRun();
    expect(first.outcome).toBe("posted");
    expect(first.posts).toHaveLength(1);
    expect(first.posts[0]!.file).toBeDefined();

    await setRole("readonly");
    const paused = await dueRun();
    expect(paused.outcome).toBe("skipped");
    expect(paused.posts, "one notice, no report").toHaveLength(1);
    expect(paused.posts[0]!.file).toBeUndefined();
    expect(paused.posts[0]!.text).toContain(scheduleId);
    expect(paused.posts[0]!.text).toContain(BEN);
    for (const role of ["sales-full", "sales"]) {
      await setRole(role);
      const still = await dueRun();
      expect(still.outcome, role).toBe("skipped");
      expect(still.posts, `${role}: still paused, the notice is said once`).toHaveLength(0);
    }

    const before = deps.sent.length;
    await handleEvent({ kind: "message", id: "list", roomId: ROOM, roomType: "group", personEmail: ANA, text: "schedules", fileUrls: [] }, deps, defaultTables);
    const listed = deps.sent.slice(before)[0]!.text ?? "";
    expect(listed, "schedules says it is paused and why").toContain(`${scheduleId}`);
    expect(listed).toMatch(/[Pp]aused/);

    await setRole("admin");
    const resumed = await dueRun();
    expect(resumed.outcome, "admin again").toBe("posted");
    expect(resumed.posts).toHaveLength(1);
    expect(resumed.posts[0]!.file).toBeDefined();
  });

  it("pauses, with a notice, when the creator is no longer on the roster", async () => {
    await store.store.db.partnerAdmin.delete({ where: { email: BEN } });
    const gone = await dueRun();
    expect(gone.outcome).toBe("skipped");
    expect(gone.posts).toHaveLength(1);
    expect(gone.posts[0]!.file).toBeUndefined();
    expect(gone.posts[0]!.text).toContain(BEN);
    expect((await dueRun()).posts).toHaveLength(0);
  });
});
