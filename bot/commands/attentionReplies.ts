// The answers of `today` and `changes`, built the same way for a command, a button and a
// scheduled post: who asks (their scope), the space's region and calendar, one page.
import { todayPage } from "../../domain/attention/todayPage.js";
import { changesReport, type ChangesReport } from "../../domain/attention/changesReport.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import type { Viewer } from "../../domain/access/viewer.js";
import type { Clock } from "../../domain/clock.js";
import type { Db } from "../../domain/store/client.js";
import type { Translate } from "../../domain/i18n/catalogue.js";
import type { AnalyticsContext } from "../../domain/analytics/types.js";
import { todayCard } from "../../cards/today.js";
import { changesCard } from "../../cards/changes.js";
import type { CardReply } from "../../cards/elements.js";
import type { CardLocale } from "../../cards/format.js";
import { withSpaceRegion } from "./filters.js";
import { PAGE_SIZE } from "./context.js";

export interface AttentionAsker {
  db: Db;
  clock: Clock;
  viewer: Viewer;
  /** The space's region (its filter) and calendar. */
  region: string;
  locale: CardLocale;
  t: Translate;
}

const contextOf = (asker: AttentionAsker): AnalyticsContext =>
  ({ db: asker.db, clock: asker.clock, viewer: asker.viewer, settings: { ...DEFAULT_ANALYTICS_SETTINGS, timeZone: asker.locale.timeZone } });

export async function todayReply(asker: AttentionAsker, page: number): Promise<CardReply> {
  const found = await todayPage(contextOf(asker), withSpaceRegion({}, asker.region), page, PAGE_SIZE);
  return todayCard(found, asker.t, asker.locale);
}

/** One page of changes, or (page 0) all of them. */
export function changesOf(asker: AttentionAsker, days: number, page: number): Promise<ChangesReport> {
  return changesReport(contextOf(asker), withSpaceRegion({}, asker.region), days, page, PAGE_SIZE);
}

export async function changesReply(asker: AttentionAsker, days: number, page: number): Promise<CardReply> {
  return changesCard({ report: await changesOf(asker, days, page) }, asker.t, asker.locale);
}
