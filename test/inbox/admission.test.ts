// Admission by event-loop delay: while handling keeps the loop busy, the worker takes on fewer
// inbox rows (so a webhook's 200 is not kept waiting), never fewer than one (the inbox still
// drains: a quarter of its hands), and back up to its concurrency once the loop is on time again.
import { expect, it } from "vitest";
import { createAdmission } from "../../bot/inbox/admission.js";

const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
const turn = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("takes on fewer rows while the event loop lags, and all of them again once it is on time", async () => {
  // A lag far above what a busy test machine causes by itself, so only the busy loop counts.
  const admission = createAdmission({ max: 16, lagMs: 200, sampleMs: 50 });
  expect(admission.limit()).toBe(16);
  // The sample after each busy stretch finds it late: 16, 8, 4, and never below a quarter.
  for (const expected of [8, 4, 4]) {
    busy(400);
    await turn(1);
    expect(admission.limit()).toBe(expected);
  }
  while (admission.limit() < 16) await turn(10);
  expect(admission.limit()).toBe(16);
  admission.stop();
});
