// "Calling media quality" records: one row per call leg with its stream figures, as a call-quality
// export carries them. The headers are an assumption (not checked against a live export from
// here): Control Hub's media quality words with the common variants, matched loosely as every
// kind is. A leg's figures may be blank (an analog phone, a third-party device, an IPv6 endpoint
// report none): such a leg is not measured and counts nowhere (domain/calling/poorQuality.ts).
import { z } from "zod";
import { cellsFor, optionalText, orgId, type Cells } from "../cells.js";
import { DEFAULT_DIALECT } from "../dialect.js";
import { col, type KindSpec } from "../columns.js";
import { endpointOf } from "../../calling/endpoints.js";
import type { MeasuredLeg } from "../../calling/qualityWeeks.js";
import type { StreamMetrics } from "../../calling/poorQuality.js";

export const CALL_QUALITY_HEADER = [
  "Customer Name", "Org ID", "Start Time", "Endpoint Type",
  "Audio Jitter (ms)", "Audio Latency (ms)", "Audio Packet Loss (%)", "Video Jitter (ms)", "Video Latency (ms)", "Video Packet Loss (%)",
] as const;

export const callQualityColumns = [
  col("customerName", false, "Customer Name", "Customer"),
  col("orgId", true, "Org ID", "Org UUID", "Organization ID", "Customer Org ID"),
  col("startTime", true, "Start Time", "Call Start Time", "Leg Start Time"),
  col("endpoint", true, "Endpoint Type", "Device Type", "Endpoint", "Client Type"),
  col("audioJitter", true, "Audio Jitter (ms)", "Audio Jitter", "Jitter (ms)"),
  col("audioLatency", true, "Audio Latency (ms)", "Audio Latency", "Latency (ms)"),
  col("audioLoss", true, "Audio Packet Loss (%)", "Audio Packet Loss", "Packet Loss (%)"),
  col("videoJitter", false, "Video Jitter (ms)", "Video Jitter"),
  col("videoLatency", false, "Video Latency (ms)", "Video Latency"),
  col("videoLoss", false, "Video Packet Loss (%)", "Video Packet Loss"),
];

/** A figure of a stream: blank is "not reported", anything else a non-negative number. */
const figureOf = (c: Cells) => z.string().transform((s, ctx) => {
  if (s.trim() === "") return null;
  const n = c.decimal(s.replace(/%$/, ""));
  if (n !== null && n >= 0) return n;
  ctx.addIssue({ code: "custom", message: "number" });
  return z.NEVER;
});

const stream = (jitterMs: number | null, latencyMs: number | null, packetLossPercent: number | null): StreamMetrics | null =>
  jitterMs === null && latencyMs === null && packetLossPercent === null ? null : { jitterMs, latencyMs, packetLossPercent };

const rowOf = (c: Cells) => {
  const figure = figureOf(c);
  return z
    .object({
      customerName: optionalText, orgId, startTime: c.date, endpoint: optionalText,
      audioJitter: figure, audioLatency: figure, audioLoss: figure, videoJitter: figure, videoLatency: figure, videoLoss: figure,
    })
    .transform((r) => ({
      customerName: r.customerName,
      leg: {
        customerId: r.orgId, startTime: r.startTime, endpoint: endpointOf(r.endpoint),
        audio: stream(r.audioJitter, r.audioLatency, r.audioLoss), video: stream(r.videoJitter, r.videoLatency, r.videoLoss),
      } satisfies MeasuredLeg,
    }));
};

export type CallQualityRow = z.output<ReturnType<typeof rowOf>>;

export const callQuality: KindSpec<CallQualityRow> = {
  kind: "call-quality",
  columns: callQualityColumns,
  row: rowOf(cellsFor(DEFAULT_DIALECT)) as unknown as z.ZodType<CallQualityRow, Record<string, string>>,
  rowFor: (cells) => rowOf(cells) as unknown as z.ZodType<CallQualityRow, Record<string, string>>,
};
