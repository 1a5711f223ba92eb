// The same list, detail and error in each of the six languages, snapshotted: a reviewer reads
// the whole card per language, and any change of wording shows up as a diff. Every card parses
// as Adaptive Cards 1.3, and each shows the status thresholds in "How these are counted".
import { describe, expect, it } from "vitest";
import { LANGUAGES, translatorFor } from "../../domain/i18n/catalogue.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import { customerListCard } from "../../cards/customerList.js";
import { customerDetailCard } from "../../cards/customerDetail.js";
import { badArgumentsCard } from "../../cards/notices.js";
import { cardProblems } from "../../cards/validate.js";
import { textsOf } from "../commands/support.js";
import { makeCustomerDetail, makePage } from "./factories.js";

const rows = [
  { id: "6f1c2a4e-1111-4222-8333-944455556666", name: "Acme GmbH", region: "EU" as const, managedBy: "partner" as const, statuses: ["suspended", "licenseOverage"] as const },
  { id: "6f1c2a4e-2222-4222-8333-944455556666", name: "Globex LLC", region: "UAE" as const, managedBy: "external" as const, statuses: ["trial", "expiringSoon"] as const },
  { id: "6f1c2a4e-3333-4222-8333-944455556666", name: "Initech", region: "US" as const, managedBy: "partner" as const, statuses: [] as const },
].map((r) => ({ ...r, statuses: [...r.statuses] }));

describe.each(LANGUAGES)("cards in %s", (language) => {
  const t = translatorFor(language);
  const locale = { language, timeZone: "Europe/Madrid" };

  it("a customer list", () => {
    const reply = customerListCard({ page: makePage(rows, { total: 23, pageCount: 3 }), filter: {}, thresholds: DEFAULT_ANALYTICS_SETTINGS, language }, t);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(textsOf(reply.card).join("\n")).toMatch(/\b7\b[\s\S]*\b30\b/);
    expect(reply.card).toMatchSnapshot();
  });

  it("a customer detail, without a call-queue button when there is no call-queue data", () => {
    const reply = customerDetailCard(makeCustomerDetail({ hasCallQueues: false }), t, locale, DEFAULT_ANALYTICS_SETTINGS);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(textsOf(reply.card)).not.toContain(t("customer.showQueues"));
    expect(reply.card).toMatchSnapshot();
  });

  it("an argument error", () => {
    const reply = badArgumentsCard({ command: "expiring", problems: [t("argument.invalid", { name: "\"banana\"", problem: t("commandArg.daysOrFamily") })], usage: "expiring [days] [meetings|calling]", example: "expiring 30 calling" }, t);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(reply.card).toMatchSnapshot();
  });
});
