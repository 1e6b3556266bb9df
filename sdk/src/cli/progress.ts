/** A one-line progress bar on stderr for long work (silent with --json or when not a TTY). */
export class Progress {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly enabled = process.stderr.isTTY === true,
  ) {}

  tick(step = 1, note = ""): void {
    this.done = Math.min(this.total, this.done + step);
    if (!this.enabled) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const bar = "#".repeat(filled) + "-".repeat(width - filled);
    process.stderr.write(`\r${this.label} [${bar}] ${this.done}/${this.total} ${note}`.padEnd(100));
    if (this.done === this.total) process.stderr.write("\n");
  }
}
