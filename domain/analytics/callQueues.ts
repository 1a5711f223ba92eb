// Call-queue insights of one calendar week (last week by default: Monday 00:00 UTC to the next
// Monday), over customers with call-queue data that week.
// Per customer: average speed of answer = answer wait / answered calls; average wait before
// abandon = abandon wait / abandoned calls; abandon rate = abandoned / total calls.
// Partner-wide, the same ratios of the sums: averages weighted by calls (a customer with 1,000
// calls weighs more than one with 10), which the view model states in `weighting`.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { rawRows } from "../store/driver.js";
import { FIRST_PAGE, type CustomerFilter, type PageRequest } from "./filter.js";
import { limitOffset, pageOf } from "./paging.js";
import { customerRestriction } from "./scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "./settings.js";
import type { AnalyticsContext, Page } from "./types.js";
import { addDays, num, percent, weekStartOf } from "./values.js";

export interface CallQueueFigures {
  totalCalls: number;
  answered: number;
  abandoned: number;
  timedOut: number;
  overflowed: number;
  transferred: number;
  /** Seconds; null without answered calls. */
  averageSpeedOfAnswer: number | null;
  /** Seconds; null without abandoned calls. */
  averageWaitBeforeAbandon: number | null;
  /** Percent; null without calls. */
  abandonRate: number | null;
}

export interface CallQueueRow extends CallQueueFigures { customerId: string; customerName: string }

export interface CallQueueKpis {
  weekStart: Date;
  customers: number;
  partner: CallQueueFigures;
  weighting: "calls";
  table: Page<CallQueueRow>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The call-queue KPIs of summed counts (a row of call_queue_weeks, or sums of them): averages
 * over answered or abandoned calls, the abandon rate over all. One definition for cards and
 * reports. `answer_wait` / `abandon_wait` are the summed seconds.
 */
export function callQueueFigures(row: Record<string, unknown>): CallQueueFigures {
  const answered = num(row.answered);
  const abandoned = num(row.abandoned);
  const total = num(row.total_calls);
  return {
    totalCalls: total,
    answered,
    abandoned,
    timedOut: num(row.timed_out),
    overflowed: num(row.overflowed),
    transferred: num(row.transferred),
    averageSpeedOfAnswer: answered > 0 ? round1(num(row.answer_wait) / answered) : null,
    averageWaitBeforeAbandon: abandoned > 0 ? round1(num(row.abandon_wait) / abandoned) : null,
    abandonRate: percent(abandoned, total),
  };
}

const SUMS = Prisma.sql`SUM(q.total_calls) AS total_calls, SUM(q.answered) AS answered, SUM(q.abandoned) AS abandoned,
  SUM(q.timed_out) AS timed_out, SUM(q.overflowed) AS overflowed, SUM(q.transferred) AS transferred,
  SUM(q.answer_wait_seconds) AS answer_wait, SUM(q.abandon_wait_seconds) AS abandon_wait`;

/** A row's abandon rate, the table's order (the same expression wherever rows are compared). */
const ABANDON_RATE = Prisma.sql`CASE WHEN q.total_calls > 0 THEN q.abandoned * 1.0 / q.total_calls ELSE 0 END`;

/** The call-queue KPIs and per-customer table of the week holding `week` (default: last week). */
export async function callQueueKpis(
  ctx: AnalyticsContext,
  query: { week?: Date; filter?: CustomerFilter; page?: PageRequest } = {},
): Promise<CallQueueKpis> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const weekStart = weekStartOf(query.week ?? addDays(weekStartOf(now), -7));
  const filter = query.filter ?? {};
  // The sums need no customer row (unless a filter does); the page orders by the abandon rate
  // first, so only the rows at least as high as the one at the page's last position (ties
  // included: `upto` of them) are joined to their customers for the name order. Joined to
  // every row of the week, PostgreSQL hashed the whole customers table (50,000 rows) twice.
  const scope = customerRestriction("q", filter, ctx.viewer, now, settings);
  const rows = Prisma.sql`call_queue_weeks q ${scope.join} WHERE q.week_start = ${weekStart} AND ${scope.where}`;
  const { page: pageNumber, pageSize } = query.page ?? FIRST_PAGE;
  const lastRate = Prisma.sql`(SELECT ${ABANDON_RATE} FROM ${rows} ORDER BY ${ABANDON_RATE} DESC LIMIT 1 OFFSET ${pageNumber * pageSize - 1})`;
  const [sums] = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`SELECT COUNT(*) AS n, ${SUMS},
    SUM(CASE WHEN ${ABANDON_RATE} >= COALESCE(${lastRate}, 0) THEN 1 ELSE 0 END) AS upto FROM ${rows}`);
  const page = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
    SELECT c.id, c.name, q.total_calls, q.answered, q.abandoned, q.timed_out, q.overflowed, q.transferred,
      q.answer_wait_seconds AS answer_wait, q.abandon_wait_seconds AS abandon_wait
    FROM (SELECT q.* FROM ${rows} ORDER BY ${ABANDON_RATE} DESC LIMIT ${Math.max(1, num(sums?.upto))}) q JOIN customers c ON c.id = q.customer_id
    ORDER BY ${ABANDON_RATE} DESC, c.name_key, c.id ${limitOffset(query.page)}`);
  const customers = num(sums?.n);
  return {
    weekStart,
    customers,
    partner: callQueueFigures(sums ?? {}),
    weighting: "calls",
    table: pageOf(page.map((r) => ({ customerId: String(r.id), customerName: String(r.name), ...callQueueFigures(r) })), customers, query.page),
  };
}

/** One customer's call-queue figures for its last `weeks` weeks with data, newest first. */
export async function customerCallQueueWeeks(ctx: Pick<AnalyticsContext, "db">, customerId: string, weeks = 8): Promise<(CallQueueFigures & { weekStart: Date })[]> {
  const rows = await ctx.db.callQueueWeek.findMany({ where: { customerId }, orderBy: { weekStart: "desc" }, take: weeks });
  return rows.map((r) => ({
    weekStart: r.weekStart,
    ...callQueueFigures({ total_calls: r.totalCalls, answered: r.answered, abandoned: r.abandoned, timed_out: r.timedOut, overflowed: r.overflowed,
      transferred: r.transferred, answer_wait: r.answerWaitSeconds, abandon_wait: r.abandonWaitSeconds }),
  }));
}
