// The few store queries the commands add to the analytics, on SQLite and PostgreSQL.
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.js";
import { customerList } from "../../domain/analytics/customerList.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { fixedClock } from "../../domain/clock.js";
import type { Viewer } from "../../domain/analytics/filter.js";
import { TEST_NOW } from "../support/local.js";
import { trialsInProgress } from "../../domain/partner/trialsInProgress.js";
import { changeTag } from "../../domain/partner/changeTag.js";
import { closestCustomers } from "../../domain/partner/closestCustomers.js";
import { tagList } from "../../domain/partner/tagList.js";
import { visibleCustomer } from "../../domain/partner/visibleCustomer.js";
import { ANA, BEN, ELI } from "../commands/support.js";

describeEachEngine("command queries", (getStore) => {
  const clock = fixedClock(TEST_NOW);
  let ana: Viewer;
  let eli: Viewer;
  let eliCustomers: Set<string>;

  beforeAll(async () => {
    const { db } = getStore();
    await seedIfEmpty(db, { customers: 40, now: TEST_NOW });
    const admins = await db.partnerAdmin.findMany({ include: { customers: true } });
    ana = { email: ANA, role: "full", adminId: admins.find((a) => a.email === ANA)!.id };
    const eliRow = admins.find((a) => a.email === ELI)!;
    eli = { email: ELI, role: "sales", adminId: eliRow.id };
    eliCustomers = new Set(eliRow.customers.map((c) => c.customerId));
  });

  it("lists trials in force only, soonest end first, and a sales admin only theirs", async () => {
    const { db } = getStore();
    const page = await trialsInProgress({ db, clock, viewer: ana }, { page: { page: 1, pageSize: 100 } });
    const inForce = await db.subscription.findMany({ where: { type: "trial", status: "active", OR: [{ endAt: null }, { endAt: { gt: TEST_NOW } }, { autoRenew: true }] } });
    expect(page.rows.map((r) => r.trialId).sort()).toEqual(inForce.map((s) => s.id).sort());
    const ends = page.rows.map((r) => r.endAt?.getTime() ?? Infinity);
    expect([...ends].sort((a, b) => a - b)).toEqual(ends);
    const mine = await trialsInProgress({ db, clock, viewer: eli }, { page: { page: 1, pageSize: 100 } });
    expect(mine.rows.every((r) => eliCustomers.has(r.customerId))).toBe(true);
  });

  it("assigns a new tag once, removes it, and writes the audit log", async () => {
    const { db } = getStore();
    const customer = await db.customer.findFirstOrThrow({ orderBy: { id: "asc" } });
    const input = { actor: BEN, customerId: customer.id, tag: "  Board   review " };
    expect(await changeTag(db, clock, { ...input, mode: "assign" })).toMatchObject({ change: "assigned", tag: "Board review" });
    expect((await changeTag(db, clock, { ...input, tag: "BOARD REVIEW", mode: "assign" })).change).toBe("alreadyAssigned");
    const removed = await changeTag(db, clock, { ...input, mode: "remove" });
    expect(removed.change).toBe("removed");
    expect(removed.tags).not.toContain("Board review");
    expect((await changeTag(db, clock, { ...input, mode: "remove" })).change).toBe("notAssigned");
    expect((await changeTag(db, clock, { ...input, tag: "Never made", mode: "remove" })).change).toBe("unknownTag");
    const audit = await db.auditLog.findMany({ where: { actor: BEN }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["tag.create", "tag.assign", "tag.remove"]);
    expect(audit.every((a) => a.at.getTime() === TEST_NOW.getTime())).toBe(true);
  });

  it("finds an existing seeded tag whatever its case", async () => {
    const { db } = getStore();
    const tag = await db.tag.findFirstOrThrow({ where: { name: "Renewal risk" } });
    const customer = await db.customer.findFirstOrThrow({ where: { tags: { none: { tagId: tag.id } } } });
    expect(await changeTag(db, clock, { actor: ANA, customerId: customer.id, tag: "RENEWAL RISK", mode: "assign" })).toMatchObject({ change: "assigned", tag: "Renewal risk" });
    expect(await db.tag.count({ where: { nameKey: { in: ["renewal risk"] } } })).toBe(1);
  });

  it("keys tags one way for tagging, the tag: filter and imports: case, accents and punctuation aside", async () => {
    const { db } = getStore();
    const customer = await db.customer.findFirstOrThrow({ orderBy: { id: "desc" } });
    await changeTag(db, clock, { actor: ANA, customerId: customer.id, tag: "Sécurité-Pilot", mode: "assign" });
    expect((await changeTag(db, clock, { actor: ANA, customerId: customer.id, tag: "securite pilot", mode: "assign" })).change).toBe("alreadyAssigned");
    const tagged = await customerList({ db, clock, viewer: ana }, { filter: { tags: { names: ["SECURITE  pilot"], match: "any" } } });
    expect(tagged.rows.map((r) => r.id)).toEqual([customer.id]);
  });

  it("suggests close names, only among the customers the viewer may see", async () => {
    const { db } = getStore();
    const target = await db.customer.findFirstOrThrow({ where: { id: { in: [...eliCustomers] } }, orderBy: { id: "asc" } });
    const firstWord = target.nameKey.split(" ")[0]!;
    const typo = `${firstWord.slice(0, -2)}${firstWord.at(-1)}${firstWord.at(-2)}`;
    expect((await closestCustomers(db, ana, typo)).map((c) => c.id)).toContain(target.id);
    const forEli = await closestCustomers(db, eli, typo);
    expect(forEli.every((c) => eliCustomers.has(c.id))).toBe(true);
    expect(await closestCustomers(db, ana, "x")).toEqual([]);
  });

  it("counts tagged customers per viewer and checks a clicked customer's visibility", async () => {
    const { db } = getStore();
    const all = await tagList(db, ana, { page: 1, pageSize: 100 });
    const mine = await tagList(db, eli, { page: 1, pageSize: 100 });
    expect(mine.total).toBe(all.total);
    const sum = (rows: typeof all.rows) => rows.reduce((s, r) => s + r.customers, 0);
    expect(sum(mine.rows)).toBeLessThan(sum(all.rows));
    const other = await db.customer.findFirstOrThrow({ where: { id: { notIn: [...eliCustomers] } } });
    expect(await visibleCustomer(db, eli, other.id)).toBeNull();
    expect((await visibleCustomer(db, ana, other.id))?.name).toBe(other.name);
  });
});
