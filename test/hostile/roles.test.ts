// Least privilege, role by role, through the one entry point on a real SQLite store: every
// command or button that changes something (a space's settings, tags, schedules, imports) does
// so for partner full administrators and partner administrators only, and answers everyone else
// with the refusal and no change; a sales administrator's `imports` shows only their own.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import type { BotEvent } from "../../bot/routing/types.js";
import type { OutgoingMessage } from "../../bot/webex/api.js";
import { translate } from "../../domain/i18n/catalogue.js";
import { createSchedule } from "../../domain/reports/schedules.js";
import type { Role } from "../../domain/model.js";
import type { Db } from "../../domain/store/client.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA, BEN, CHEN, DORA, ELI } from "../commands/support.js";
import { recordingDeps, type RecordingDeps } from "../commands/recordingDeps.js";
import { tagCustomer } from "../domain/analytics/factories.js";
import { startFileHost, type FileHost } from "./fileHost.js";

const ROLES: ReadonlyArray<readonly [Role, string]> = [["full", ANA], ["admin", BEN], ["readonly", CHEN], ["sales-full", DORA], ["sales", ELI]];
const MAY_CHANGE: readonly Role[] = ["full", "admin"];
// A customer the partner administrator provisioned or was assigned: one every role that may change things can see.
const BENS_CUSTOMER = { admins: { some: { admin: { email: BEN } } } };
const report = readFileSync(new URL("../fixtures/reports/subscription-details-bom-crlf.csv", import.meta.url));

/** One way to change something: how to set it up in a fresh space, what to send, what to look at. */
interface Change {
  name: string;
  group: boolean;
  /** Prepares `roomId` (already a space) and returns what to send. */
  arrange(db: Db, roomId: string, n: number): Promise<{ text?: string; inputs?: Record<string, unknown>; file?: boolean }>;
  state(db: Db, roomId: string, n: number): Promise<unknown>;
}

const space = (db: Db, roomId: string) => db.space.findUniqueOrThrow({ where: { id: roomId } });
const tagged = (db: Db, tag: string) => db.tagAssignment.count({ where: { tag: { name: tag } } });

const CHANGES: Change[] = [
  { name: "enable", group: true, arrange: async (db, roomId) => { await db.space.update({ where: { id: roomId }, data: { enabled: false } }); return { text: "enable" }; },
    state: async (db, roomId) => (await space(db, roomId)).enabled },
  { name: "disable", group: true, arrange: async () => ({ text: "disable" }), state: async (db, roomId) => (await space(db, roomId)).enabled },
  { name: "region", group: true, arrange: async () => ({ text: "region EU" }), state: async (db, roomId) => (await space(db, roomId)).region },
  { name: "language", group: true, arrange: async () => ({ text: "language de" }), state: async (db, roomId) => (await space(db, roomId)).language },
  { name: "alerts off", group: true, arrange: async () => ({ text: "alerts off" }), state: async (db, roomId) => (await space(db, roomId)).alertsEnabled },
  { name: "alerts thresholds", group: true, arrange: async () => ({ text: "alerts thresholds 60,14,3" }), state: async (db, roomId) => (await space(db, roomId)).alertThresholds },
  { name: "alerts time", group: true, arrange: async () => ({ text: "alerts time 10:30 Europe/Madrid" }), state: async (db, roomId) => (await space(db, roomId)).alertTime },
  { name: "alerts on (direct)", group: false, arrange: async (db, roomId) => { await db.space.update({ where: { id: roomId }, data: { alertsEnabled: false } }); return { text: "alerts on" }; },
    state: async (db, roomId) => (await space(db, roomId)).alertsEnabled },
  { name: "schedule", group: true, arrange: async () => ({ text: "schedule subscriptions weekly monday at 08:00" }),
    state: (db, roomId) => db.reportSchedule.count({ where: { spaceId: roomId, active: true } }) },
  { name: "unschedule", group: true,
    arrange: async (db, roomId) => {
      const spec = { frequency: "daily" as const, dayOfWeek: null, dayOfMonth: null, time: "08:00", timeZone: "UTC" };
      await createSchedule(db, { spaceId: roomId, template: "subscriptions", spec, options: { filter: {}, family: "meetings" }, createdBy: ANA, now: TEST_NOW });
      const id = (await db.reportSchedule.findFirstOrThrow({ where: { spaceId: roomId } })).id;
      return { text: `unschedule ${id}` };
    },
    state: (db, roomId) => db.reportSchedule.count({ where: { spaceId: roomId, active: true } }) },
  { name: "tag", group: false, arrange: async (db, _roomId, n) => ({ text: `tag ${(await db.customer.findFirstOrThrow({ where: BENS_CUSTOMER, orderBy: { id: "asc" } })).id} Probe${n}` }),
    state: (db, _roomId, n) => tagged(db, `Probe${n}`) },
  { name: "untag", group: false,
    arrange: async (db, _roomId, n) => {
      const customer = await db.customer.findFirstOrThrow({ where: BENS_CUSTOMER, orderBy: { id: "asc" } });
      await tagCustomer(db, `Held${n}`, customer.id);
      return { text: `untag ${customer.id} Held${n}` };
    },
    state: (db, _roomId, n) => tagged(db, `Held${n}`) },
  { name: "tag.change button", group: false,
    arrange: async (db, _roomId, n) => ({ inputs: { action: "tag.change", mode: "assign", customerId: (await db.customer.findFirstOrThrow({ where: BENS_CUSTOMER, orderBy: { id: "asc" } })).id, tag: `Button${n}` } }),
    state: (db, _roomId, n) => tagged(db, `Button${n}`) },
  { name: "a dropped report", group: true, arrange: async () => ({ file: true }), state: (db, _roomId, n) => db.importBatch.count({ where: { fileName: `report-${n}.csv` } }) },
];

/** Commands that only read: anyone on the roster may run them. A new command must be put in one list or the other. */
const READS = ["help", "customers", "customer", "find", "kpis", "expiring", "renewing", "recent", "low-assignment", "overage", "calling", "queues", "trend", "trials", "tags",
  "admins", "resources", "report", "schedules", "imports", "today", "changes"];
const CHANGING = ["enable", "disable", "region", "language", "alerts", "schedule", "unschedule", "tag", "untag"];

describe("who may change what", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let files: FileHost;
  let deps: RecordingDeps;
  let n = 0;

  async function send(email: string, roomId: string, group: boolean, what: { text?: string; inputs?: Record<string, unknown>; file?: string }): Promise<OutgoingMessage> {
    const before = deps.sent.length;
    const base = { id: `e-${n++}`, roomId, roomType: group ? "group" as const : "direct" as const, personEmail: email };
    const event: BotEvent = what.inputs
      ? { ...base, kind: "cardAction", messageId: "m-1", inputs: what.inputs }
      : { ...base, kind: "message", text: what.text ?? "", fileUrls: what.file ? [what.file] : [] };
    await handleEvent(event, deps, defaultTables);
    expect(deps.sent.length - before).toBe(1);
    return deps.sent.at(-1)!;
  }

  beforeAll(async () => {
    store = await freshStore("sqlite");
    await seedIfEmpty(store.store.db, { customers: 25, now: TEST_NOW });
    files = await startFileHost();
    deps = { ...recordingDeps(store.store), api: files.api, maxImportBytes: 5 * 1024 * 1024 };
  });
  afterAll(async () => {
    await files?.close();
    await store?.dispose();
  });

  it("knows every command as one that reads or one that changes", () => {
    expect([...READS, ...CHANGING].sort()).toEqual(defaultTables.commands.map((c) => c.name).sort());
  });

  for (const change of CHANGES) {
    it(`${change.name}: partner full administrators and partner administrators only`, async () => {
      const db = store.store.db;
      for (const [role, email] of ROLES) {
        const roomId = `room-${change.name}-${role}`.replace(/\W+/g, "-");
        await db.space.create({ data: { id: roomId, type: change.group ? "group" : "direct", enabled: true, enabledBy: ANA, timeZone: "UTC" } });
        const k = n;
        const what = await change.arrange(db, roomId, k);
        const before = await change.state(db, roomId, k);
        const reply = await send(email, roomId, change.group, { ...what, file: what.file ? files.host(`report-${k}.csv`, report) : undefined });
        const after = await change.state(db, roomId, k);
        if (MAY_CHANGE.includes(role)) {
          expect(after, `${role} ${change.name}: changed (${reply.text})`).not.toEqual(before);
        } else {
          expect(after, `${role} ${change.name}: unchanged`).toEqual(before);
          expect(reply.text, `${role} ${change.name}`).toBe(translate("en", "notice.notAllowed", { role: translate("en", `role.${role}`) }));
        }
      }
    });
  }

  it("lets every admin set the language and region of their own direct space, which only they read", async () => {
    for (const [role, email] of ROLES) {
      const roomId = `room-own-${role}`;
      await send(email, roomId, false, { text: "language pl" });
      await send(email, roomId, false, { text: "region CA" });
      const own = await store.store.db.space.findUniqueOrThrow({ where: { id: roomId } });
      expect([own.language, own.region], role).toEqual(["pl", "CA"]);
    }
  });

  it("shows a partner administrator and a sales administrator only their own imports, and partner-wide roles all of them", async () => {
    const roomId = "room-imports-ana";
    await store.store.db.space.create({ data: { id: roomId, type: "direct", enabled: true, timeZone: "UTC" } });
    const imported = await send(ANA, roomId, false, { file: files.host("ana-private-pricing.csv", report) });
    expect(imported.text).toContain("Import complete");
    for (const [role, email] of ROLES) {
      const answer = await send(email, `room-imports-${role}`, false, { text: "imports" });
      const shown = JSON.stringify(answer);
      if (role === "admin" || role === "sales" || role === "sales-full") {
        expect(shown, role).not.toContain("ana-private-pricing");
        expect(shown, role).not.toContain(ANA);
      } else {
        expect(shown, role).toContain("ana-private-pricing");
      }
    }
  });
});
