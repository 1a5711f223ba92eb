// What every command handler derives from its context: the analytics context (store, clock,
// who is asking) and the space's locale for the cards.
import type { AnalyticsContext } from "../../domain/analytics/types.js";
import { DEFAULT_ANALYTICS_SETTINGS, type AnalyticsSettings } from "../../domain/analytics/settings.js";
import type { CardLocale } from "../../cards/format.js";
import type { HandlerContext } from "../routing/types.js";

export const PAGE_SIZE = 10;

export function analyticsOf(ctx: HandlerContext, settings?: AnalyticsSettings): AnalyticsContext {
  // Days and months left are counted on the calendar of the space that asks.
  return { db: ctx.deps.db, clock: ctx.deps.clock, viewer: ctx.viewer, settings: { ...(settings ?? DEFAULT_ANALYTICS_SETTINGS), timeZone: ctx.space.timeZone } };
}

export function localeOf(ctx: HandlerContext): CardLocale {
  return { language: ctx.space.language, timeZone: ctx.space.timeZone };
}

export const pageRequest = (page: number) => ({ page, pageSize: PAGE_SIZE });
