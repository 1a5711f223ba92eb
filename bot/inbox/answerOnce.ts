// Answers of an inbox event go to the outbox under keys made from the row id and the answer's
// place in the handling (inbox:42:0, inbox:42:1, ...). If the process dies after the outbox took
// an answer but before the row was finished, the row is handled again and the outbox refuses the
// repeated keys: the person gets each answer once.
import type { Outbox } from "../outbox.js";

export function answeringOnce(outbox: Outbox, inboxId: number): Outbox {
  let next = 0;
  return {
    ...outbox,
    send: (message, options) => outbox.send(message, { ...options, dedupeKey: options?.dedupeKey ?? `inbox:${inboxId}:${next++}` }),
  };
}
