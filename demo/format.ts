// Small formatting helpers: mean and spread over seeds, and tables rendered as aligned text
// (stdout) or as markdown (the report).

export function mean(v: readonly number[]): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

/** Sample standard deviation (n − 1); 0 for a single value. */
export function sd(v: readonly number[]): number {
  if (v.length < 2) return 0;
  const m = mean(v);
  return Math.sqrt(v.reduce((s, x) => s + (x - m) * (x - m), 0) / (v.length - 1));
}

/** "88.1 ± 1.2" for shares in [0, 1] shown as percentages (no spread for one value). */
export function pct(v: readonly number[], digits = 1): string {
  if (v.some((x) => !Number.isFinite(x))) return 'diverged';
  const m = (100 * mean(v)).toFixed(digits);
  return v.length < 2 ? m : `${m} ± ${(100 * sd(v)).toFixed(digits)}`;
}

/** "0.0123 ± 0.0010" with `digits` significant digits of the mean. */
export function num(v: readonly number[], digits = 3): string {
  if (v.some((x) => !Number.isFinite(x))) return 'diverged';
  const m = mean(v);
  const fmt = (x: number): string =>
    Math.abs(m) >= 1e-3 || m === 0 ? x.toFixed(Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(m) || 1)))) : x.toExponential(1);
  return v.length < 2 ? fmt(m) : `${fmt(m)} ± ${fmt(sd(v))}`;
}

/** 1.2e-3 style for gradient norms. */
export function sci(x: number): string {
  return Number.isFinite(x) ? x.toExponential(1) : String(x);
}

export interface Table {
  headers: string[];
  rows: string[][];
  /** Columns to right-align (numbers); others are left-aligned. */
  right?: number[];
}

/** Aligned plain text with a rule under the header. */
export function textTable(t: Table): string {
  const widths = t.headers.map((h, c) => Math.max(h.length, ...t.rows.map((r) => (r[c] ?? '').length)));
  const right = new Set(t.right ?? []);
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (right.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(t.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line)].join('\n');
}

/** A GitHub-flavoured markdown table. */
export function markdownTable(t: Table): string {
  const right = new Set(t.right ?? []);
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${t.headers.map(esc).join(' | ')} |`,
    `| ${t.headers.map((_, c) => (right.has(c) ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
