// What the bot asks the chart process for and what it answers (the contract between
// chartRenderer.ts and chartWorker.ts), checked with zod on the worker's side of the pipe.
import { z } from "zod";
import { chartSpecSchema } from "../../cards/charts/chartSpec.js";

export const chartJob = z.strictObject({ id: z.number().int(), spec: chartSpecSchema });
export type ChartJob = z.infer<typeof chartJob>;

export type ChartJobResult =
  | { id: number; ok: true; png: Uint8Array; renderMs: number; peakRssBytes: number }
  | { id: number; ok: false; message: string };
