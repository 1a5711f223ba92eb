// Calendar arithmetic in UTC: demo data is derived from one instant, the start of "today".
export { addDays, startOfUtcDay, weekStartOf as mondayOf } from "../../domain/calendar.js";

export function addMonths(at: Date, months: number): Date {
  const out = new Date(at);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}
