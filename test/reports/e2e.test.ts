// Reports and alerts end to end: partner admins type the commands in a sandbox space, the real
// framework hears them, and the files and cards that come back are checked as a user sees them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardProblems } from "../../cards/validate.js";
import { startTestRun, type TestRun } from "../support/local.js";
import { parseCsv } from "./parseCsv.js";

const ANA = "ana.silva@partner.example";
const CHEN = "chen.wei@partner.example";
const ELI = "eli.novak@partner.example";

const cardTexts = (message: { attachments?: Array<{ content: unknown }> }): string =>
  (JSON.stringify(message.attachments?.[0]?.content ?? {}).match(/"(?:text|title|value)":"((?:[^"\\]|\\.)*)"/g) ?? [])
    .map((m) => JSON.parse(m.slice(m.indexOf(":") + 1)) as string).join("\n").replace(/\\/g, "");

describe("reports and alerts in the sandbox", () => {
  let run: TestRun;
  beforeAll(async () => {
    run = await startTestRun({ demoCustomers: 40 });
    const evil = await run.store.db.customer.findFirstOrThrow({ orderBy: { id: "asc" } });
    await run.store.db.customer.update({ where: { id: evil.id }, data: { name: '=HYPERLINK("http://x","Click")' } });
  });
  afterAll(async () => { await run?.dispose(); });

  it("posts `report subscriptions` as a CSV file with Partner Hub's header and one row per subscription", async () => {
    const answer = await run.ask(ANA, "report subscriptions");
    const file = run.sandbox.fileContent(answer);
    expect(file?.name).toMatch(/^Subscription details_[A-Za-z0-9]{10}_2026-11-23\.csv$/);
    const csv = parseCsv(file!.content.toString("utf8"));
    expect(csv[0]!.slice(0, 6)).toEqual(["Calculation Date", "Customer Name", "User Org ID", "Subscription Status", "Subscription ID", "Subscription Type"]);
    const subscriptions = await run.store.db.subscription.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    expect(csv.slice(1).map((r) => r[4])).toEqual(subscriptions.map((s) => s.id).sort());
    expect(answer.text).toBe(`Subscription details: ${subscriptions.length} rows in ${file!.name}.`);
    expect(csv.slice(1).filter((r) => r[1]!.includes("HYPERLINK")).every((r) => r[1]!.startsWith(`'=HYPERLINK`))).toBe(true);
    expect(csv.slice(1).some((r) => r[1]!.includes("HYPERLINK"))).toBe(true);
  });

  it("gives a sales admin a file with only their customers", async () => {
    const answer = await run.ask(ELI, "report subscriptions");
    const csv = parseCsv(run.sandbox.fileContent(answer)!.content.toString("utf8"));
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ELI }, include: { customers: true } });
    const theirs = new Set(admin.customers.map((c) => c.customerId));
    expect(csv.length).toBeGreaterThan(1);
    expect(csv.slice(1).every((r) => theirs.has(r[2]!))).toBe(true);
  });

  it("says which data is missing for a report the store cannot make, and lists the reports for an unknown one", async () => {
    const devices = await run.ask(ANA, "report devices");
    expect(devices.files ?? []).toHaveLength(0);
    expect(devices.text).toContain("device inventory");
    const unknown = await run.ask(ANA, "report pizzas");
    expect(cardTexts(unknown)).toContain("\"pizzas\": there is no such report; use one of subscriptions, calling-usage");
  });

  it("schedules a weekly report, lists it with its next run, and stops it", async () => {
    const scheduled = await run.ask(ANA, "schedule subscriptions weekly monday at 08:00 Europe/Madrid region:EU");
    expect(cardProblems(scheduled.attachments![0]!.content as object)).toEqual([]);
    const id = /\(id ([a-z0-9]+)\)/.exec(scheduled.text ?? "")?.[1];
    expect(scheduled.text).toContain("every Monday at 08:00 (Europe/Madrid)");
    expect(scheduled.text).toContain("the next one arrives Nov 30, 2026, 08:00");
    const list = await run.ask(ANA, "schedules");
    expect(list.text).toContain(`${id}: Subscription details every Monday at 08:00 (Europe/Madrid); next Nov 30, 2026, 08:00.`);
    expect(cardTexts(list)).toContain("Filters: region:EU");
    expect((await run.ask(ANA, `unschedule ${id}`)).text).toBe(`Schedule ${id} is stopped; no more reports from it.`);
    expect((await run.ask(ANA, "schedules")).text).toContain("no scheduled reports");
  });

  it("refuses scheduling to a read-only admin, and explains a wrong time", async () => {
    const refused = await run.ask(CHEN, "schedule subscriptions daily at 08:00");
    expect(JSON.stringify(refused)).not.toContain("Report scheduled");
    const bad = await run.ask(ANA, "schedule subscriptions daily at 8pm");
    expect(cardTexts(bad)).toContain("write the time as HH:MM on a 24-hour clock");
  });

  it("shows and changes a space's alerts", async () => {
    const shown = await run.ask(ANA, "alerts");
    // A direct space's alerts start once its admin says so: until then the card does not claim they are on.
    expect(shown.text).toBe("Alerts are off: daily at 09:00 (UTC), warning 90, 30, 7, 1 days before a subscription or trial ends.");
    const changed = await run.ask(ANA, "alerts thresholds 3,60,14");
    expect(changed.text).toContain("Alerts are on");
    expect(changed.text).toContain("warning 60, 14, 3 days");
    const timed = await run.ask(ANA, "alerts time 07:30 Europe/Madrid");
    expect(timed.text).toContain("daily at 07:30 (Europe/Madrid)");
    expect(cardProblems(timed.attachments![0]!.content as object)).toEqual([]);
    expect((await run.ask(CHEN, "alerts off")).text).toBe("Your role (Partner read-only administrator) can't do that. Ask a partner full administrator or a partner administrator.");
  });
});
