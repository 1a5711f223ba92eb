// Admission by event-loop delay: while handling keeps the loop busy, the worker takes on fewer
// inbox rows (so a webhook's 200 is not kept waiting), never fewer than one (the inbox still
// drains), and back up to its concurrency once the loop is on time again.
import { expect, it } from "vitest";
import { createAdmission } from "../../bot/inbox/admission.js";

const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
const turn = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("takes on fewer rows while the event loop lags, and all of them again once it is on time", async () => {
  const admission = createAdmission({ max: 16, lagMs: 20, sampleMs: 5 });
  expect(admission.limit()).toBe(16);
  while (admission.limit() > 1) {
    busy(60);
    await turn(10);
  }
  expect(admission.limit()).toBe(1);
  while (admission.limit() < 16) await turn(10);
  expect(admission.limit()).toBe(16);
  admission.stop();
});
