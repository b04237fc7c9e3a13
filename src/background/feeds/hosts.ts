// One request at a time per host, and a few hosts at a time: outlets see StoryDiff as one patient reader.

/** Runs tasks so that no two for the same host overlap, and at most `parallel` run at once. */
export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly parallel = 4) {}

  /** Runs `task` after every earlier task for the host of `url` has ended. */
  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous.then(() => this.slot(task));
    this.tails.set(
      host,
      next.catch(() => undefined),
    );
    return next;
  }

  private async slot<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.parallel) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
