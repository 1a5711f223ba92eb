// The poor-quality rule of Partner Hub's calling analytics (DOMAIN.md; seeds' "Total poor quality
// calls"): a call leg is poor when a measured stream of it has jitter above 150 ms, latency
// above 400 ms or packet loss above 5 %. The seeds read "both audio and video ... and", which
// no stream could meet for an audio-only leg; the project decided on "any stream, any
// threshold" (DOMAIN.md). A leg with no measured stream (analog phones, third-party devices,
// IPv6 endpoints report none) is not measured at all, neither poor nor good.

export const POOR_QUALITY_THRESHOLDS = Object.freeze({ jitterMs: 150, latencyMs: 400, packetLossPercent: 5 });

/** One media stream's figures; a null figure was not reported. */
export interface StreamMetrics { jitterMs: number | null; latencyMs: number | null; packetLossPercent: number | null }

export interface LegMetrics { audio: StreamMetrics | null; video: StreamMetrics | null }

function measured(stream: StreamMetrics | null): stream is StreamMetrics {
  return stream !== null && (stream.jitterMs !== null || stream.latencyMs !== null || stream.packetLossPercent !== null);
}

/** True when the leg carries figures for at least one stream. */
export function isMeasured(leg: LegMetrics): boolean {
  return measured(leg.audio) || measured(leg.video);
}

function poorStream(stream: StreamMetrics): boolean {
  const t = POOR_QUALITY_THRESHOLDS;
  return (stream.jitterMs ?? 0) > t.jitterMs || (stream.latencyMs ?? 0) > t.latencyMs || (stream.packetLossPercent ?? 0) > t.packetLossPercent;
}

/** The rule itself: a measured leg with any stream over any threshold. */
export function isPoorLeg(leg: LegMetrics): boolean {
  return [leg.audio, leg.video].some((stream) => measured(stream) && poorStream(stream));
}
