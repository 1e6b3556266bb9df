/**
 * A daemon's main loop: runs `tick` every `intervalMs` (after the previous one ends) until
 * stopped; a failed tick is reported and the loop goes on (the cluster may be down a while).
 * `stop()` lets the current tick finish; `done` resolves once it has.
 */
export interface DaemonLoop {
  stop(): void;
  done: Promise<void>;
}

export function runEvery(intervalMs: number, tick: () => Promise<void>, onError: (error: unknown) => void): DaemonLoop {
  let stopping = false;
  let wake: () => void = () => undefined;
  const done = (async () => {
    while (!stopping) {
      try {
        await tick();
      } catch (error) {
        onError(error);
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    stop: () => {
      stopping = true;
      wake();
    },
    done,
  };
}

/** Stops `loop` on the first SIGTERM or SIGINT. */
export function stopOnSignal(loop: DaemonLoop): void {
  process.once("SIGTERM", () => loop.stop());
  process.once("SIGINT", () => loop.stop());
}

/** An error as one line (no stack). */
export const errorLine = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0];
