// `npx tsx bench/sparsemax.ts`: how sparsemax's threshold is found, measured. The library
// (src/internal/sparsemax-row.ts) keeps the entries above max − 1 in one pass and finds the
// support among them by Michelot's elimination; the alternatives are the textbook route — sort
// (Float64Array.prototype.sort) and scan the sorted prefix, with the same double-double support
// test — on the candidates only, or on the whole row. Rows of 10 to 10⁵ entries, logits spread
// over [−8, 8] (few candidates) and over [−0.5, 0.5] (every entry a candidate: the filter's worst
// case). Medians in ns per entry, the three taking turns in one process. Not part of `npm test`.
import { productError, sumError } from '../src/internal/dd.js';
import { sparsemaxThreshold } from '../src/internal/sparsemax-row.js';
import { time } from './timing.js';

/** The sort-based threshold: the longest sorted prefix with 1 + k·z_(k) > Σ_{j≤k} z_(j), in double-double. */
function thresholdBySorting(scratch: Float64Array, c: number, tau: Float64Array): number {
  const sorted = scratch.subarray(0, c).sort();
  let sHi = 0;
  let sLo = 0;
  let k = 0;
  for (let j = c - 1; j >= 0; j--) {
    const v = sorted[j];
    if (k > 0) {
      const p = k * v;
      const t = p - sHi;
      const u = t + 1;
      if (!(u + (sumError(t, 1, u) + sumError(p, -sHi, t) + productError(k, v, p) - sLo) > 0)) break;
    }
    const t = sHi + v;
    sLo += sumError(sHi, v, t);
    sHi = t;
    k++;
  }
  const h = sHi - 1;
  const q = h / k;
  const qk = q * k;
  tau[0] = q;
  tau[1] = (h - qk - productError(q, k, qk) + sumError(sHi, -1, h) + sLo) / k;
  return k;
}

/** Candidates above max − 1, then the sort. */
function filterThenSort(z: Float64Array, n: number, scratch: Float64Array, tau: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (z[i] > m) m = z[i];
  let c = 0;
  for (let i = 0; i < n; i++) if (z[i] > m - 1 - Math.abs(m - 1) * 2 ** -50) scratch[c++] = z[i];
  return thresholdBySorting(scratch, c, tau);
}

const timing = { minCpuTimeMs: 300, minSamples: 10, warmupMs: 100, sampleTargetMs: 2 };
const TOTAL = 2 ** 17; // entries per timed call, so short rows are timed over many rows

function rows(n: number, spread: number): Float64Array {
  const z = new Float64Array(Math.max(n, TOTAL));
  let s = 0x9e3779b9;
  for (let i = 0; i < z.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    z[i] = ((s >>> 0) / 2 ** 32 - 0.5) * 2 * spread;
  }
  return z;
}

const lines = [
  '| row length | spread | library: filter + elimination | filter + sort | sort whole row | library ÷ filter + sort | library ÷ sort whole |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const spread of [8, 0.5]) {
  for (const n of [10, 100, 1000, 10_000, 100_000]) {
    const z = rows(n, spread);
    const scratch = new Float64Array(n);
    const row = new Float64Array(n);
    const tau = new Float64Array(2);
    let sink = 0;
    const library = () => {
      for (let start = 0; start + n <= z.length; start += n) {
        row.set(z.subarray(start, start + n));
        sink += sparsemaxThreshold(row, n, scratch, tau);
      }
    };
    const sorted = () => {
      for (let start = 0; start + n <= z.length; start += n) {
        row.set(z.subarray(start, start + n));
        sink += filterThenSort(row, n, scratch, tau);
      }
    };
    const whole = () => {
      for (let start = 0; start + n <= z.length; start += n) {
        scratch.set(z.subarray(start, start + n));
        sink += thresholdBySorting(scratch, n, tau);
      }
    };
    const entries = Math.floor(z.length / n) * n;
    const t: number[][] = [[], [], []];
    for (let round = 0; round < 3; round++) {
      for (const [i, f] of [library, sorted, whole].entries()) t[i].push((await time(f, timing)).p50 / entries);
    }
    const [a, b, c] = t.map((v) => [...v].sort((p, q) => p - q)[1]);
    lines.push(
      `| ${n} | ±${spread} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${c.toFixed(2)} | ${(a / b).toFixed(2)} | ${(a / c).toFixed(2)} |`,
    );
    if (sink === -1) console.log(sink);
  }
}
console.log(lines.join('\n'));
