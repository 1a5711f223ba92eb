// Lanes, not a line: one queue per space, at most `maxActive` spaces sending at once. A space's
// messages go one at a time, in order (a space reads the answers in the order they were given);
// different spaces go in parallel, so a slow or hung space holds one lane, never the others.
// A lane gives its slot back after each message, so a busy space cannot starve a quiet one.

export interface Lanes {
  /** Appends `id` to the lane of `roomId` unless it is already queued or running here. */
  push(roomId: string, id: number): void;
  has(id: number): boolean;
  /** Messages queued or running. */
  readonly size: number;
  /** Resolves when every lane is empty. */
  idle(): Promise<void>;
}

export function createLanes(maxActive: number, work: (id: number) => Promise<void>): Lanes {
  const queues = new Map<string, number[]>();
  const held = new Set<number>();
  // Spaces with work waiting for a slot, oldest first; a space is in here or active, never both.
  const ready: string[] = [];
  const active = new Set<string>();
  let waiters: (() => void)[] = [];

  function settleIfIdle(): void {
    if (held.size || active.size) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  }

  function pump(): void {
    while (active.size < maxActive && ready.length) {
      const roomId = ready.shift()!;
      active.add(roomId);
      void runOne(roomId);
    }
    settleIfIdle();
  }

  async function runOne(roomId: string): Promise<void> {
    const queue = queues.get(roomId)!;
    const id = queue[0]!;
    try {
      await work(id);
    } catch {
      // work reports its own failures; a lane must outlive any one message.
    }
    queue.shift();
    held.delete(id);
    active.delete(roomId);
    if (queue.length) ready.push(roomId);
    else queues.delete(roomId);
    pump();
  }

  return {
    push(roomId, id) {
      if (held.has(id)) return;
      held.add(id);
      const queue = queues.get(roomId);
      if (queue) queue.push(id);
      else {
        queues.set(roomId, [id]);
        ready.push(roomId);
      }
      pump();
    },
    has: (id) => held.has(id),
    get size() { return held.size; },
    idle() {
      if (!held.size && !active.size) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}
