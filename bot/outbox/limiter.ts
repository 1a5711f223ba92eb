// One limiter for every lane: a 429 means the bot as a whole is over Webex's rate, whichever
// space it was posting to, so Retry-After pauses all lanes, not just the one that was told.
import type { Clock } from "../../domain/clock.js";

export interface Limiter {
  /** Resolves once no pause is in force. */
  ready(): Promise<void>;
  /** Pauses every lane for `ms` from now (a later pause never shortens an earlier one). */
  pause(ms: number): void;
}

export function createLimiter(clock: Clock, sleep: (ms: number) => Promise<void>): Limiter {
  let pausedUntil = 0;
  return {
    async ready() {
      // Again only if another lane was told to wait longer while this one slept (the clock may
      // be a test's, which sleeping does not move).
      for (;;) {
        const until = pausedUntil;
        const wait = until - clock.now().getTime();
        if (wait <= 0) return;
        await sleep(wait);
        if (pausedUntil === until) return;
      }
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now().getTime() + ms);
    },
  };
}
