// Around a report file and the alert cards, the words are the space's: the report's name as the
// seeds write it, counts and dates written the language's way, and no "On" above a note saying
// alerts have not started.
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import { reportPostedText } from "../../cards/reportPosted.js";
import { alertCard } from "../../cards/alertCard.js";
import { alertSettingsCard } from "../../cards/alertSettings.js";
import { textsOf } from "../commands/support.js";
import type { AlertSettings } from "../../domain/alerts/settings.js";

const report = { templateId: "subscriptions", templateName: "Subscription details", rows: 1543, file: "Subscription details_a1B2c3_2026-12-01.csv" };

describe("the message that posts a report", () => {
  it("names the report in the space's language and writes the row count its way, the file name unchanged", () => {
    expect(reportPostedText(report, translatorFor("en"), { language: "en", timeZone: "UTC" })).toBe("Subscription details: 1,543 rows in Subscription details_a1B2c3_2026-12-01.csv.");
    expect(reportPostedText({ ...report, rows: 12543 }, translatorFor("es"), { language: "es", timeZone: "UTC" })).toBe("Detalles de suscripción: 12.543 filas en Subscription details_a1B2c3_2026-12-01.csv.");
    expect(reportPostedText({ ...report, templateId: "expiring", templateName: "About to expire", scheduleId: "k3x9" }, translatorFor("de"), { language: "de", timeZone: "UTC" }))
      .toBe("Geplanter Bericht Ablauf (k3x9): 1.543 Zeilen in Subscription details_a1B2c3_2026-12-01.csv.");
  });
});

describe("alert cards", () => {
  const finding = { subjectId: "s@2026-12-02", customerName: "Acme", subscriptionId: "Sub-1", type: "subscription" as const, endAt: new Date("2026-12-02T00:00:00Z"), daysLeft: 1, threshold: 1 };

  it("write the end date as every other card does, in the space's language and time zone", () => {
    const card = alertCard({ findings: { expiring: [finding], overages: [], suspended: [] }, date: new Date("2026-12-01T08:00:00Z"), missed: 0 }, translatorFor("en"), { language: "en", timeZone: "UTC" });
    expect(textsOf(card.card).join("\n")).toContain("Acme: subscription Sub-1 ends Dec 2, 2026, in 1 day(s)");
    expect(textsOf(card.card)[0]).toBe("Partner alerts for Dec 1, 2026");
  });

  it("say Off, not On, in a direct space whose admin has not yet said alerts on", () => {
    const settings: AlertSettings = { enabled: true, hasAudience: false, thresholds: [90, 30, 7, 1], time: "09:00", timeZone: "UTC" };
    const waiting = alertSettingsCard({ settings, next: new Date("2026-12-02T09:00:00Z"), changed: false }, translatorFor("en"), "en");
    const texts = textsOf(waiting.card);
    expect(texts).toContain("Off");
    expect(texts).not.toContain("On");
    expect(texts).toContain("This is a direct space: alerts start here once you say alerts on.");
    const running = alertSettingsCard({ settings: { ...settings, hasAudience: true }, next: new Date("2026-12-02T09:00:00Z"), changed: false }, translatorFor("en"), "en");
    expect(textsOf(running.card)).toEqual(expect.arrayContaining(["On", "Dec 2, 2026, 09:00"]));
  });
});
