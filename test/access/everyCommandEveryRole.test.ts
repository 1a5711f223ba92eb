// Scope follows Partner Hub's roles everywhere: a partner full administrator and a read-only
// administrator see every customer; a partner administrator and the sales roles only the
// customers they provisioned or were assigned to. Every command (its example, bare, and aimed
// at a customer outside the asker's book) and every card action, for every role, through the
// one entry point on a real SQLite store; then the report file and the alert scan (a schedule runs as
// its creator, resolved again at every run, through the same report path).
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import { spaceAudience } from "../../domain/alerts/audience.js";
import { scanAlerts } from "../../domain/alerts/scan.js";
import { resolveViewer } from "../../domain/access/viewer.js";
import { ROLES, type Role } from "../../domain/model.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA, BEN, CHEN, DORA, ELI, submitsOf } from "../commands/support.js";
import { recordingDeps, type RecordingDeps } from "../commands/recordingDeps.js";
import type { OutgoingMessage } from "../../bot/webex/api.js";

const PEOPLE: Record<Role, string> = { full: ANA, admin: BEN, readonly: CHEN, "sales-full": DORA, sales: ELI };
const SCOPED: readonly Role[] = ["admin", "sales-full", "sales"];

describe("every command for every role", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let deps: RecordingDeps;
  let customers: Array<{ id: string; name: string }>;
  const books = new Map<Role, Set<string>>();
  let n = 0;

  const outside = (role: Role) => customers.filter((c) => !books.get(role)!.has(c.id));
  /** Names (or org ids) of customers outside the asker's book that a message shows, minus those inside a
   * name they may read and what the asker typed themselves (an answer may quote it back). */
  function leaks(role: Role, message: OutgoingMessage, typed = ""): string[] {
    const inside = customers.filter((c) => books.get(role)!.has(c.id));
    const shown = JSON.stringify([message.text, message.card ?? null]).replace(/\\\\(.)/g, "$1");
    const text = typed ? shown.split(typed).join(" ") : shown;
    return outside(role).filter((c) => (text.includes(c.name) || text.includes(c.id)) && !inside.some((i) => i.name.includes(c.name))).map((c) => c.name);
  }
  async function ask(role: Role, text: string): Promise<OutgoingMessage> {
    await handleEvent({ kind: "message", id: `m-${n++}`, roomId: `room-${role}`, roomType: "direct", personEmail: PEOPLE[role], text, fileUrls: [] }, deps, defaultTables);
    return deps.sent.at(-1)!;
  }
  async function click(role: Role, inputs: Record<string, unknown>): Promise<OutgoingMessage> {
    await handleEvent({ kind: "cardAction", id: `a-${n++}`, roomId: `room-${role}`, roomType: "direct", personEmail: PEOPLE[role], messageId: "msg", inputs }, deps, defaultTables);
    return deps.sent.at(-1)!;
  }

  beforeAll(async () => {
    store = await freshStore("sqlite");
    await seedIfEmpty(store.store.db, { customers: 30, now: TEST_NOW });
    deps = recordingDeps(store.store);
    customers = await store.store.db.customer.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
    for (const role of ROLES) {
      const admin = await store.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: PEOPLE[role] }, include: { customers: true } });
      books.set(role, new Set(SCOPED.includes(role) ? admin.customers.map((a) => a.customerId) : customers.map((c) => c.id)));
    }
  }, 60_000);
  afterAll(async () => { await store?.dispose(); });

  it("gives a partner administrator a book of customers, not the whole partner", () => {
    expect(books.get("admin")!.size).toBeGreaterThan(0);
    expect(books.get("admin")!.size).toBeLessThan(customers.length);
  });

  it.each(ROLES)("answers every command for the %s role within its scope", async (role) => {
    const stranger = outside(role)[0] ?? customers[0]!;
    const strangerSubscriptions = (await store.store.db.subscription.findMany({ where: { customerId: stranger.id }, select: { id: true } })).map((s) => s.id);
    for (const command of defaultTables.commands) {
      for (const [text, typed] of [[command.example, ""], [command.name, ""], [`${command.name} "${stranger.name}"`, stranger.name], [`${command.name} ${stranger.id}`, stranger.id]] as const) {
        const answer = await ask(role, text);
        if (SCOPED.includes(role)) {
          expect(leaks(role, answer, typed), `${role}: ${text}`).toEqual([]);
          const shown = JSON.stringify([answer.text, answer.card ?? null]);
          expect(strangerSubscriptions.filter((id) => shown.includes(id)), `${role}: ${text}`).toEqual([]);
          for (const submit of submitsOf(answer.card ?? {})) {
            if (typeof submit.data.customerId === "string") expect(books.get(role)!.has(submit.data.customerId), `${role}: ${text}`).toBe(true);
          }
        }
      }
    }
  }, 120_000);

  it("shows the org-wide roles customers no one assigned them (the leak detector works)", async () => {
    for (const role of ["full", "readonly"] as const) expect(leaks("sales", await ask(role, "customers page:2")).length).toBeGreaterThan(0);
  });

  it.each(SCOPED)("refuses every card action about a customer outside the %s role's book", async (role) => {
    const stranger = outside(role)[0]!;
    const subscription = await store.store.db.subscription.findFirstOrThrow({ where: { customerId: stranger.id } });
    for (const action of defaultTables.actions) {
      const answer = await click(role, {
        action: action.id, customerId: stranger.id, subscriptionId: subscription.id, page: 1, section: "expire", family: "meetings", days: 90,
        filter: {}, mode: "assign", tag: "Strategic", week: "2026-11-16", command: "customers",
      });
      expect(leaks(role, answer), `${role}: ${action.id}`).toEqual([]);
    }
  });

  it.each(SCOPED)("writes only the %s role's customers into a report", async (role) => {
    const answer = await ask(role, "report subscriptions");
    const csv = await readFile(answer.file!.path!, "utf8");
    const orgIds = new Set(csv.split("\n").slice(1).filter(Boolean).map((line) => line.split(",")[2]!));
    expect(orgIds.size).toBeGreaterThan(0);
    expect([...orgIds].filter((id) => !books.get(role)!.has(id))).toEqual([]);
  });

  it.each(ROLES)("scopes the alerts of a direct space owned by the %s role", async (role) => {
    const audience = (await spaceAudience(store.store.db, { type: "direct", enabledBy: PEOPLE[role], region: "all" }))!;
    const findings = await scanAlerts(store.store.db, { spaceId: `alerts-${role}`, now: TEST_NOW, thresholds: [365], timeZone: "UTC", ...audience });
    const names = [...findings.expiring, ...findings.overages, ...findings.suspended].map((f) => f.customerName);
    const allowed = new Set(customers.filter((c) => books.get(role)!.has(c.id)).map((c) => c.name));
    expect(names.filter((name) => !allowed.has(name))).toEqual([]);
    if (!SCOPED.includes(role)) expect(names.length).toBeGreaterThan(0);
  });

  it("gives a partner administrator without any assignment no customer at all", async () => {
    await store.store.db.partnerAdmin.create({ data: { email: "nina@partner.example", role: "admin", source: "env" } });
    const nina = (await resolveViewer(store.store.db, "nina@partner.example"))!;
    await handleEvent({ kind: "message", id: `m-${n++}`, roomId: "room-nina", roomType: "direct", personEmail: nina.email, text: "customers", fileUrls: [] }, deps, defaultTables);
    expect(deps.sent.at(-1)!.text).toMatch(/^Customers \(0\)|No customer matches/);
  });
});
