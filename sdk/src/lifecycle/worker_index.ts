/**
 * The orchestrator's index of assignable idle workers, by device class and region, bucketed by
 * GPU count: matching a booking touches only the buckets it takes from, not every worker.
 */

export interface IndexedWorker {
  id: string;
  deviceClass: number;
  /** Region code, e.g. "us-east". */
  region: string;
  gpus: number;
}

/** The bucket every worker is also in, whatever its region ("" is no region code). */
const ANY_REGION = "*";

export class WorkerIndex<W extends IndexedWorker = IndexedWorker> {
  /** class → region (and ANY_REGION) → gpu count → worker ids. */
  private readonly buckets = new Map<number, Map<string, Map<number, Set<string>>>>();
  private readonly workers = new Map<string, W>();

  get size(): number {
    return this.workers.size;
  }

  has(id: string): boolean {
    return this.workers.has(id);
  }

  add(worker: W): void {
    this.remove(worker.id);
    this.workers.set(worker.id, worker);
    for (const region of [worker.region, ANY_REGION]) this.bucket(worker.deviceClass, region, worker.gpus).add(worker.id);
  }

  remove(id: string): void {
    const worker = this.workers.get(id);
    if (!worker) return;
    this.workers.delete(id);
    for (const region of [worker.region, ANY_REGION]) this.bucket(worker.deviceClass, region, worker.gpus).delete(id);
  }

  /**
   * Workers of `deviceClass` (in `region` unless it is undefined, and that `accepts` takes)
   * whose GPUs add up to exactly `gpus`, largest first; undefined if the idle pool can't make
   * that count.
   */
  match(deviceClass: number, gpus: number, region?: string, accepts?: (worker: W) => boolean): W[] | undefined {
    const byGpus = this.buckets.get(deviceClass)?.get(region ?? ANY_REGION);
    if (!byGpus) return undefined;
    const chosen: W[] = [];
    let remaining = gpus;
    const sizes = [...byGpus.keys()].sort((a, b) => b - a);
    for (const size of sizes) {
      if (size > remaining) continue;
      for (const id of byGpus.get(size)!) {
        if (size > remaining) break;
        const worker = this.workers.get(id)!;
        if (accepts && !accepts(worker)) continue;
        chosen.push(worker);
        remaining -= size;
        if (remaining === 0) return chosen;
      }
    }
    return undefined;
  }

  private bucket(deviceClass: number, region: string, gpus: number): Set<string> {
    let byRegion = this.buckets.get(deviceClass);
    if (!byRegion) this.buckets.set(deviceClass, (byRegion = new Map()));
    let byGpus = byRegion.get(region);
    if (!byGpus) byRegion.set(region, (byGpus = new Map()));
    let ids = byGpus.get(gpus);
    if (!ids) byGpus.set(gpus, (ids = new Set()));
    return ids;
  }
}
