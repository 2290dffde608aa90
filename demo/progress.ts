// Progress output on stderr: a redrawn bar per run on a TTY, one plain line per finished run
// otherwise (CI logs). Never on stdout, which carries only the summary table.

export interface Progress {
  /** Starts a run of `total` steps. */
  start(label: string, total: number): void;
  /** Advances the current run to `done` steps, with an optional note (e.g. the loss). */
  update(done: number, note?: string): void;
  /** Ends the current run with a one-line result. */
  finish(result: string): void;
  /** A section heading. */
  section(title: string): void;
}

export interface Sink {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

/** A progress reporter writing to `sink` (process.stderr by default). */
export function createProgress(sink: Sink = process.stderr, enabled = true): Progress {
  let label = '';
  let total = 1;
  let t0 = 0;
  let lastDraw = 0;
  const tty = sink.isTTY === true;
  const draw = (done: number, note: string): void => {
    const width = 24;
    const filled = Math.round((width * done) / total);
    const line = `  ${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${note}`;
    sink.write(`\r${line.slice(0, (sink.columns ?? 100) - 1)}\x1b[K`);
  };
  return {
    start(l, t) {
      label = l;
      total = Math.max(1, t);
      t0 = performance.now();
      lastDraw = 0;
      if (enabled && tty) draw(0, '');
    },
    update(done, note = '') {
      if (!enabled || !tty) return;
      const now = performance.now();
      if (now - lastDraw < 50 && done < total) return;
      lastDraw = now;
      draw(done, note);
    },
    finish(result) {
      if (!enabled) return;
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      const line = `  ${label.padEnd(28)} ${result} (${secs} s)`;
      sink.write(tty ? `\r${line}\x1b[K\n` : `${line}\n`);
    },
    section(title) {
      if (enabled) sink.write(`\n${title}\n`);
    },
  };
}

/** A reporter that prints nothing (tests). */
export const silentProgress: Progress = { start() {}, update() {}, finish() {}, section() {} };
