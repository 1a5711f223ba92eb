// The calling and trend cards and their pictures, in all six languages: valid for Webex, every
// label from the catalogue, the pictures PNGs of 800 × 450 whose words are the catalogue's.
import { testAction } from "./factories.js";
import { describe, expect, it } from "vitest";
import { LANGUAGES, translatorFor, type Language } from "../../domain/i18n/catalogue.js";
import { cardProblems } from "../../cards/validate.js";
import { usageCard } from "../../cards/calling/usageCard.js";
import { qualityCard } from "../../cards/calling/qualityCard.js";
import { featuresCard } from "../../cards/calling/featuresCard.js";
import { licenseTrendCard } from "../../cards/calling/licenseTrendCard.js";
import type { CardWithPictures } from "../../cards/calling/callingCard.js";
import { chartSvg, renderChartPng } from "../../cards/charts/renderChart.js";
import { chartSpecSchema } from "../../cards/charts/chartSpec.js";
import { usageView } from "../../domain/calling/usage.js";
import { qualityView, weekFromLegs } from "../../domain/calling/quality.js";
import { featuresView } from "../../domain/calling/features.js";
import { licenseTrend } from "../../domain/calling/licenseTrend.js";
import { weeksEndingWith } from "../../domain/calling/weeks.js";
import { CHART_FONTS } from "../../bot/charts/fonts.js";
import { pngSize } from "../support/png.js";
import { textsOf } from "../commands/support.js";

const WEEK = new Date("2026-02-23T00:00:00Z");
const weeks = weeksEndingWith(WEEK, 8);
const named = (id: string, name: string) => ({ customerId: id, name, nameKey: name.toLowerCase() });
const data = (action: string) => testAction({ action });
const nav = [{ title: "x", data: data("calling.show") }];
/** Text as ECharts writes it into SVG. */
const inSvg = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function cards(language: Language): Record<"usage" | "quality" | "features" | "trend", CardWithPictures> {
  const t = translatorFor(language);
  const locale = { language, timeZone: "Europe/Warsaw" };
  const usage = usageView([
    { ...named("a", "Łódź Żywiec Sp. z o.o."), weeksWithData: 2, calls: 1234, legs: 2000, minutes: 4567.5, videoMinutes: 120, hasLast: 1, callsBefore: 1500, hasBefore: 1 },
  ], WEEK, weeks[6]!);
  const quality = qualityView({
    source: "legs", week: WEEK, weeks,
    qualityWeeks: [weekFromLegs({ weekStart: WEEK, legs: 1000, poorLegs: 25, deskPhoneLegs: 600, deskPhonePoor: 5, roomDeviceLegs: 100, roomDevicePoor: 0, webexAppLegs: 300, webexAppPoor: 20, otherLegs: 0, otherPoor: 0 })],
    customers: [{ ...named("a", "Müller & Söhne GmbH"), measured: 1000, poor: 25 }],
  });
  const features = featuresView([{ ...named("a", "Açores Lda"), totalCalls: 500, huntGroup: 10, autoAttendant: 40, callQueue: 60 }], WEEK);
  const trend = licenseTrend([{ weekStart: weeksEndingWith(WEEK, 12)[11]!, total: 100, assigned: 80, used: 60, available: 20 }], weeksEndingWith(WEEK, 12));
  return {
    usage: usageCard({ usage, pageAction: () => data("calling.show"), switches: nav, select: () => data("calling.show") }, t, locale),
    quality: qualityCard({ quality, pageAction: () => data("calling.show"), switches: nav, select: () => data("calling.show") }, t, locale),
    features: featuresCard({ features, switches: nav }, t, locale),
    trend: licenseTrendCard({ trend, family: "calling", switches: nav }, t, locale),
  };
}

describe.each(LANGUAGES)("calling cards in %s", (language) => {
  const t = translatorFor(language);
  const built = cards(language);

  it("are valid for Webex, with every placeholder filled and the numbers in the text too", () => {
    for (const reply of Object.values(built)) {
      expect(cardProblems(reply.card)).toEqual([]);
      expect((reply.card.actions ?? []).length).toBeLessThanOrEqual(5);
      expect(JSON.stringify([reply.card, reply.text])).not.toMatch(/\{[a-zA-Z]+\}/);
    }
    const n = (value: number) => value.toLocaleString(language);
    expect(built.usage.text).toContain(n(1234));
    // The usage table is aligned columns, the calls in a cell of their own.
    for (const key of ["list.column.customer", "calling.column.calls", "calling.column.legs", "calling.column.minutes", "calling.column.change"] as const) expect(textsOf(built.usage.card)).toContain(t(key));
    expect(textsOf(built.usage.card)).toContain(n(1234));
    expect(built.quality.text).toContain(t("calling.quality.shareValue", { percent: t("queues.percent", { value: (2.5).toLocaleString(language) }), poor: n(25), measured: n(1000) }));
    expect(textsOf(built.quality.card)).toContain(t("calling.quality.def.legs"));
    expect(textsOf(built.quality.card)).toContain(t("calling.limitations"));
    expect(built.features.text).toContain(n(60));
    expect(built.trend.text).toContain(t("trend.row", { used: n(60), assigned: n(80), available: n(20), total: n(100) }));
  });

  it("draw their pictures as 800 × 450 PNGs whose words come from the catalogue", () => {
    const specs = Object.values(built).flatMap((reply) => reply.pictures);
    expect(specs.map((s) => s.fileName.replace(/-\d{4}-\d{2}-\d{2}\.png$/, ""))).toEqual(["call-quality-trend", "call-quality-endpoints", "calling-features", "license-trend-calling"]);
    for (const spec of specs) {
      expect(chartSpecSchema.safeParse(spec).success).toBe(true);
      const svg = chartSvg(spec, CHART_FONTS.family);
      for (const label of [spec.title, ...spec.categories, ...spec.series.map((s) => s.name)]) expect(svg).toContain(inSvg(label));
      expect(pngSize(renderChartPng(spec, CHART_FONTS))).toEqual({ width: 800, height: 450 });
    }
    const [trend, endpoints, featureChart, licenses] = specs;
    expect(trend!.title).toBe(t("calling.quality.trendTitle"));
    expect(endpoints!.categories).toEqual(["desk_phone", "room_device", "webex_app", "other"].map((e) => t(`calling.endpoint.${e as "other"}`)));
    expect(featureChart!.categories).toEqual([t("calling.feature.huntGroup"), t("calling.feature.autoAttendant"), t("calling.feature.callQueue")]);
    expect(licenses!.series.map((s) => s.name)).toEqual([t("trend.used"), t("trend.assigned"), t("trend.available")]);
  }, 60_000);
});
