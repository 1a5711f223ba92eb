// The Stop button of `schedules`: the first click asks, the confirmation ends the schedule.
// Role-checked like `unschedule`, for whoever clicks (not whoever listed the schedules).
import { scheduleStop } from "../../cards/actions.js";
import { stopConfirmCard } from "../../cards/reportSchedules.js";
import { spaceSchedules } from "../../domain/reports/schedules.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { defineAction } from "../routing/types.js";
import { stopSchedule, viewOf } from "./reports.js";

export const scheduleStopAction = defineAction({
  action: scheduleStop,
  allowed: MANAGING_ROLES,
  run: async (ctx, inputs) => {
    if (inputs.confirmed) return stopSchedule(ctx, inputs.scheduleId);
    const schedule = (await spaceSchedules(ctx.deps.db, ctx.space.id)).find((s) => s.id === inputs.scheduleId);
    if (!schedule) return { text: ctx.t("reports.unscheduleUnknown", { id: inputs.scheduleId }) };
    return stopConfirmCard(viewOf(schedule, ctx.deps.clock.now()), ctx.t);
  },
});
