// Every partner-data command end to end: typed in a sandbox space, heard by the real framework
// through a signed webhook, answered from the demo partner in the store, clicked through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kpiStrip } from "../../domain/analytics/kpiStrip.js";
import { aboutToExpireSection, aboutToRenewSection } from "../../domain/analytics/sections/aboutToEnd.js";
import { recentlyAddedSection } from "../../domain/analytics/sections/recentlyAdded.js";
import { lowAssignmentSection } from "../../domain/analytics/sections/lowAssignment.js";
import { overLimitSection } from "../../domain/analytics/sections/overLimit.js";
import { callQueueKpis } from "../../domain/analytics/callQueues.js";
import { customerDetail } from "../../domain/analytics/customerDetail.js";
import { analyticsSettings } from "../../domain/analytics/settings.js";
import type { Viewer } from "../../domain/analytics/filter.js";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA, BEN, cardOf, click, readable, submitsOf, textsOf, topLevelActions } from "../commands/support.js";

describe("partner commands in the sandbox", () => {
  let run: TestRun;
  let ana: Viewer;
  const analytics = (settings?: ReturnType<typeof analyticsSettings>) => ({ db: run.store.db, clock: run.clock, viewer: ana, settings });

  beforeAll(async () => {
    run = await startTestRun();
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ANA } });
    ana = { email: ANA, role: "full", adminId: admin.id };
  });
  afterAll(async () => { await run?.dispose(); });

  it("lists every command in help, grouped by task, a button per task opening its commands", async () => {
    const help = await run.ask(ANA, "help");
    const groups = submitsOf(cardOf(help)).filter((s) => s.data.action === "help.show");
    expect(groups.map((s) => s.data.group)).toEqual(["customers", "renewals", "calling", "reports", "settings"]);
    expect(readable(help)).toMatch(/Renewals: (today, )?kpis, expiring, renewing/);
    let text = "";
    for (const group of groups) text += `${readable(await click(run, help, ANA, group.data))}\n`;
    for (const usage of ["customer <name | org id>", "find <email>", "kpis [both|meetings|calling]", "expiring [days]", "renewing [days]", "recent [meetings|calling]",
      "low-assignment", "overage", "queues [customer]", "trials", "tags", "tag <customer> <tag>", "untag <customer> <tag>", "admins [customer]", "region [US|CA|EU|UAE|all]", "resources"]) {
      expect(text).toContain(usage);
    }
  });

  it("shows a customer by exact name with its subscriptions, statuses and a Partner Hub link", async () => {
    const customer = await run.store.db.customer.findFirstOrThrow({ where: { subscriptions: { some: { type: "subscription" } } }, orderBy: { name: "asc" } });
    const detail = (await customerDetail(analytics(), customer.id))!;
    const answer = await run.ask(ANA, `customer "${customer.name}"`);
    const card = cardOf(answer);
    const texts = textsOf(card);
    expect(texts[0]).toBe(customer.name);
    for (const subscription of detail.subscriptions) expect(texts).toContain(subscription.id);
    expect(texts.join("\n")).toContain(`Statuses: ${detail.statuses.length ? "" : "No status"}`);
    const openUrl = topLevelActions(card).find((a) => a.type === "Action.OpenUrl");
    expect(openUrl?.url).toBe(`https://admin.webex.com/partner/customers?orgId=${customer.id}`);
    expect(answer.text).toContain(customer.name);
  });

  it("finds a customer by org id too", async () => {
    const customer = await run.store.db.customer.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(textsOf(cardOf(await run.ask(ANA, `customer ${customer.id}`)))[0]).toBe(customer.name);
  });

  it("asks which customer when several match, and a pick opens it", async () => {
    const answer = await run.ask(ANA, "customer group");
    const card = cardOf(answer);
    expect(answer.text).toContain("Several customers match \"group\"");
    const picks = submitsOf(card).filter((s) => s.data.action === "customer.show");
    expect(picks.length).toBeGreaterThan(1);
    const chosen = await run.store.db.customer.findUniqueOrThrow({ where: { id: String(picks[1]!.data.customerId) } });
    const opened = await click(run, answer, ANA, picks[1]!.data);
    expect(textsOf(cardOf(opened))[0]).toBe(chosen.name);
  });

  it("says when nothing matches and suggests the closest names", async () => {
    const customer = await run.store.db.customer.findFirstOrThrow({ where: { name: { startsWith: "Borealis" } } });
    const typo = customer.name.replace("Borealis", "Boraelis");
    const answer = await run.ask(ANA, `customer ${typo}`);
    expect(answer.text).toContain(`I found no customer matching "${typo}"`);
    expect(textsOf(cardOf(answer))).toContain(customer.name);
    const none = await run.ask(ANA, "customer qqqxxzz");
    expect(none.text).toContain("I found no customer matching \"qqqxxzz\" among the customers you can see.");
    expect(none.text).toContain("type find followed by that address");
  });

  it("drills down: customer list -> customer -> subscription -> back", async () => {
    const list = await run.ask(ANA, "customers");
    const rows = submitsOf(cardOf(list)).filter((s) => s.data.action === "customer.show");
    expect(rows.length).toBe(10);
    const customerId = String(rows[0]!.data.customerId);
    const detail = (await customerDetail(analytics(), customerId))!;
    const opened = await click(run, list, ANA, rows[0]!.data);
    expect(textsOf(cardOf(opened))[0]).toBe(detail.profile.name);
    const contract = [...detail.subscriptions, ...detail.trials].find((c) => c.licenses.length > 0)!;
    const subscriptionRow = submitsOf(cardOf(opened)).find((s) => s.data.action === "subscription.show" && s.data.subscriptionId === contract.id)!;
    const subscription = await click(run, opened, ANA, subscriptionRow.data);
    const texts = textsOf(cardOf(subscription)).join("\n");
    expect(texts).toContain(contract.id);
    for (const line of contract.licenses) expect(texts).toContain(`${line.total} bought, ${line.assigned} assigned, ${line.used} used`);
    for (const order of contract.orders.slice(0, 3)) expect(texts).toContain(order.summary);
    const back = submitsOf(cardOf(subscription)).find((s) => s.data.action === "customer.show")!;
    expect(textsOf(cardOf(await click(run, subscription, ANA, back.data)))[0]).toBe(detail.profile.name);
  });

  it("finds the customer org of a user's address and of an unknown user at a customer's domain", async () => {
    const user = await run.store.db.customerUser.findFirstOrThrow({ include: { customer: true }, orderBy: { email: "asc" } });
    const byUser = await run.ask(ANA, `find ${user.email.toUpperCase()}`);
    expect(byUser.text).toBe(`${user.email} belongs to ${user.customer.name}.`);
    const show = submitsOf(cardOf(byUser)).find((s) => s.data.action === "customer.show")!;
    expect(show.data.customerId).toBe(user.customerId);
    const domain = await run.store.db.customerDomain.findFirstOrThrow({ include: { customer: true }, orderBy: { domain: "asc" } });
    expect((await run.ask(ANA, `find nobody.known@${domain.domain}`)).text).toContain(`its domain belongs to ${domain.customer.name}`);
    expect((await run.ask(ANA, "find someone@nowhere.example")).text).toContain("I found no customer org of someone@nowhere.example");
    expect((await run.ask(ANA, "find not-an-address")).text).toContain("give an email address");
  });

  it("shows the KPI strip with the analytics' numbers, each a way into its section, and toggles to Calling", async () => {
    const strip = await kpiStrip(analytics(), { family: "meetings", filter: {} });
    const answer = await run.ask(ANA, "kpis meetings");
    const card = cardOf(answer);
    expect(answer.text).toContain(`Subscription KPIs: Webex Meetings\nTotal customers: ${strip.totalCustomers}`);
    expect(answer.text).toContain(`Nearing expiration: ${strip.nearingExpiration}`);
    expect(answer.text).toContain(`Over license limit: ${strip.overLimit}`);
    expect(topLevelActions(card)[0]?.type).toBe("Action.ShowCard");
    const expiring = submitsOf(card).find((s) => s.data.section === "expire")!;
    const section = await click(run, answer, ANA, expiring.data);
    expect(section.text).toContain("About to expire in the next 90 days: Webex Meetings\n");
    const toggle = submitsOf(card).find((s) => s.data.action === "kpis.show" && s.title === "Calling")!;
    const calling = await click(run, answer, ANA, toggle.data);
    const callingStrip = await kpiStrip(analytics(), { family: "calling", filter: {} });
    expect(calling.text).toContain(`Subscription KPIs: Webex Calling\nTotal customers: ${callingStrip.totalCustomers}`);
  });

  it("sums both families in kpis by default for a partner selling both, with a Both · Meetings · Calling toggle", async () => {
    const both = await kpiStrip(analytics(), { family: "both", filter: {} });
    const answer = await run.ask(ANA, "kpis");
    expect(answer.text).toContain(`Subscription KPIs: Webex Meetings and Webex Calling\nTotal customers: ${both.totalCustomers}\nNearing expiration: ${both.nearingExpiration}`);
    const toggles = submitsOf(cardOf(answer)).filter((s) => s.data.action === "kpis.show");
    expect(toggles.map((s) => [s.title, s.data.family])).toEqual([["Both", "both"], ["Meetings", "meetings"], ["Calling", "calling"]]);
    const meetings = await click(run, answer, ANA, toggles[1]!.data);
    expect(meetings.text).toContain("Subscription KPIs: Webex Meetings\n");
    // A KPI click from the "both" strip opens the "both" list, which toggles the same way.
    const expiring = submitsOf(cardOf(answer)).find((s) => s.data.section === "expire")!;
    const list = await click(run, answer, ANA, expiring.data);
    const section = await aboutToExpireSection(analytics(), { family: "both", filter: {}, page: { page: 1, pageSize: 10 } });
    expect(list.text).toContain(`About to expire in the next 90 days: Webex Meetings and Webex Calling\nExpiring customers: ${section.customers}`);
    const listToggles = submitsOf(cardOf(list)).filter((s) => s.data.action === "section.page" && s.data.page === 1 && s.title !== "Previous");
    expect(listToggles.map((s) => s.data.family)).toEqual(["both", "meetings", "calling"]);
    const calling = await click(run, list, ANA, listToggles[2]!.data);
    expect(calling.text).toContain("About to expire in the next 90 days: Webex Calling\n");
    // The rest of the both list as CSV: both families, a row each.
    const csv = submitsOf(cardOf(list)).find((s) => s.data.action === "section.csv")!;
    expect(csv.data.family).toBe("both");
    const file = await click(run, list, ANA, csv.data);
    expect(file.files ?? []).toHaveLength(1);
  });

  it("lists what expires in the next 30 days, soonest first, and a row opens the subscription", async () => {
    const section = await aboutToExpireSection(analytics(analyticsSettings({ sectionWindowDays: 30 })), { family: "both", filter: {}, page: { page: 1, pageSize: 10 } });
    const answer = await run.ask(ANA, "expiring 30");
    expect(section.table.rows.map((r) => r.endAt.getTime())).toEqual(section.table.rows.map((r) => r.endAt.getTime()).sort((a, b) => a - b));
    expect(answer.text).toContain(`Expiring customers: ${section.customers}`);
    const rows = submitsOf(cardOf(answer)).filter((s) => s.data.action === "subscription.show");
    expect(rows.map((r) => r.data.subscriptionId)).toEqual(section.table.rows.map((r) => r.subscriptionId));
    const opened = await click(run, answer, ANA, rows[0]!.data);
    expect(opened.text).toContain(section.table.rows[0]!.subscriptionId);
  });

  it("pages a long section forwards and back", async () => {
    const settings = analyticsSettings();
    const all = await recentlyAddedSection(analytics(settings), { family: "meetings", filter: {}, page: { page: 2, pageSize: 10 } });
    expect(all.table.pageCount).toBeGreaterThan(1);
    const first = await run.ask(ANA, "recent");
    const next = submitsOf(cardOf(first)).find((s) => s.title === "Next")!;
    expect(topLevelActions(cardOf(first)).length).toBeLessThanOrEqual(5);
    const second = await click(run, first, ANA, next.data);
    const rows = submitsOf(cardOf(second)).filter((s) => s.data.action === "subscription.show").map((s) => s.data.subscriptionId);
    expect(rows).toEqual(all.table.rows.map((r) => r.subscriptionId));
    expect(textsOf(cardOf(second))).toContain(`Page 2 of ${all.table.pageCount}. Click a row for details.`);
    const previous = submitsOf(cardOf(second)).find((s) => s.title === "Previous")!;
    expect(readable(await click(run, second, ANA, previous.data))).toContain(`Page 1 of ${all.table.pageCount}.`);
    const typed = await run.ask(ANA, "recent page:2");
    expect(submitsOf(cardOf(typed)).filter((s) => s.data.action === "subscription.show").map((s) => s.data.subscriptionId)).toEqual(rows);
  });

  it("answers renewing, low-assignment and overage with their sections' KPIs", async () => {
    const renew = await aboutToRenewSection(analytics(), { family: "meetings", filter: {} });
    expect((await run.ask(ANA, "renewing meetings")).text).toContain(`About to renew in the next 90 days: Webex Meetings\nRenewing customers: ${renew.customers}\nSubscriptions: ${renew.subscriptions}`);
    const low = await lowAssignmentSection(analytics(), { family: "meetings", filter: {} });
    expect((await run.ask(ANA, "low-assignment")).text).toContain(`Low license assignment: Webex Meetings\nLow assignment customers: ${low.customers}`);
    const over = await overLimitSection(analytics(), { family: "calling", filter: {} });
    const answer = await run.ask(ANA, "overage calling");
    expect(answer.text).toContain(`Over license limit: Webex Calling\nCustomers with overages: ${over.customers}\nTotal overage licenses: ${over.totalOverage}`);
    for (const row of over.table.rows) expect(answer.text).toContain(`${row.customerName}: ${row.subscriptionId}`);
  });

  it("shows last week's call-queue KPIs with the per-customer table, and one customer's weeks", async () => {
    const kpis = await callQueueKpis(analytics(), { page: { page: 1, pageSize: 10 } });
    const answer = await run.ask(ANA, "queues");
    expect(answer.text).toContain(`Customers with call queues: ${kpis.customers}`);
    expect(answer.text).toContain(`Average abandon rate: ${kpis.partner.abandonRate} %`);
    const rows = submitsOf(cardOf(answer)).filter((s) => s.data.action === "queues.customer");
    expect(rows.map((r) => r.data.customerId)).toEqual(kpis.table.rows.map((r) => r.customerId));
    const one = await click(run, answer, ANA, rows[0]!.data);
    expect(one.text).toContain(`Call queues of ${kpis.table.rows[0]!.customerName}`);
    const week = kpis.weekStart.toISOString().slice(0, 10);
    const byName = await run.ask(ANA, `queues "${kpis.table.rows[0]!.customerName}" ${week}`);
    expect(byName.text).toContain(`Call queues of ${kpis.table.rows[0]!.customerName}`);
    expect((await run.ask(ANA, `queues ${week}`)).text).toContain(`Customers with call queues: ${kpis.customers}`);
    expect((await run.ask(ANA, "queues 2026-13-45")).text).toContain("YYYY-MM-DD");
  });

  it("lists the trials in progress with their end dates", async () => {
    const trials = await run.store.db.subscription.findMany({ where: { type: "trial", status: "active", OR: [{ endAt: null }, { endAt: { gt: run.clock.now() } }, { autoRenew: true }] } });
    const answer = await run.ask(ANA, "trials");
    expect(answer.text).toContain(`Trials in progress (${trials.length})`);
    for (const trial of trials.slice(0, 3)) expect(answer.text).toContain(trial.id);
  });

  it("tags and untags a customer, with audit entries, and lists the tags", async () => {
    // A partner administrator tags the customers they provisioned or were assigned to.
    const customer = await run.store.db.customer.findFirstOrThrow({ where: { admins: { some: { admin: { email: BEN } } } }, orderBy: { name: "desc" } });
    const tagged = await run.ask(BEN, `tag "${customer.name}" "Board review"`);
    expect(tagged.text).toContain(`Done: ${customer.name} now carries the tag Board review.`);
    expect((await run.ask(BEN, `tag "${customer.name}" "board review"`)).text).toContain("already carries the tag Board review");
    const tags = await run.ask(ANA, "tags");
    expect(readable(tags)).toContain("Board review");
    const row = submitsOf(cardOf(tags)).find((s) => (s.data.filter as { tags?: { names: string[] } })?.tags?.names[0] === "Board review")!;
    expect(readable(await click(run, tags, ANA, row.data))).toContain(customer.name);
    const untagged = await run.ask(BEN, `untag "${customer.name}" "Board review"`);
    expect(untagged.text).toContain(`Done: the tag Board review is removed from ${customer.name}.`);
    expect((await run.ask(BEN, `untag "${customer.name}" "No such tag"`)).text).toContain("There is no tag called No such tag");
    const audit = await run.store.db.auditLog.findMany({ where: { target: customer.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([[BEN, "tag.assign"], [BEN, "tag.remove"]]);
  });

  it("lists the partner admins and those of one customer", async () => {
    const roster = await run.ask(ANA, "admins");
    expect(roster.text).toContain("Partner administrators (5)");
    expect(roster.text).toContain("eli.novak@partner.example · Sales administrator");
    const assignment = await run.store.db.partnerAdminAssignment.findFirstOrThrow({ include: { customer: true, admin: true } });
    const one = await run.ask(ANA, `admins ${assignment.customer.id}`);
    expect(one.text).toContain(`Partner administrators of ${assignment.customer.name}`);
    expect(one.text).toContain(assignment.admin.email);
  });

  it("sets the space's default region, which the lists then apply", async () => {
    expect((await run.ask(ANA, "region")).text).toContain("default region is All regions");
    expect((await run.ask(ANA, "region eu")).text).toBe("Done: this space's default region is now European Union.");
    const eu = await run.store.db.customer.count({ where: { region: "EU" } });
    expect((await run.ask(ANA, "customers")).text).toContain(`Customers (${eu})`);
    expect((await run.ask(ANA, "region Mars")).text).toContain("\"Mars\": give US, CA, EU, UAE or all");
    await run.ask(ANA, "region all");
    expect((await run.ask(ANA, "customers")).text).toContain(`Customers (${await run.store.db.customer.count()})`);
  });

  it("links to Partner Hub's help pages", async () => {
    const card = cardOf(await run.ask(ANA, "resources"));
    const urls = topLevelActions(card).map((a) => a.url as string);
    expect(urls).toContain("https://admin.webex.com");
    expect(urls.filter((u) => u.startsWith("https://help.webex.com/")).length).toBeGreaterThanOrEqual(2);
  });

  it("explains wrong arguments with an example, and refuses a tampered button", async () => {
    const days = await run.ask(ANA, "expiring 999");
    expect(days.text).toContain("give a number of days from 1 to 365");
    expect(days.text).toContain("Example: expiring 30 calling");
    expect((await run.ask(ANA, "customer")).text).toContain("Example: customer \"Acme GmbH\"");
    expect((await run.ask(ANA, "tag onlyone")).text).toContain("give a customer name or org id");
    const list = await run.ask(ANA, "customers");
    const tampered = await click(run, list, ANA, { action: "customer.show", customerId: 42 });
    expect(tampered.text).toContain("That button no longer works");
    const paging = await click(run, list, ANA, { action: "section.page", section: "everything", family: "meetings", days: 90, filter: {}, page: 1 });
    expect(paging.text).toContain("That button no longer works");
  });
});
