// crelu: the concatenation [relu(x), relu(−x)]. Property tests (fast-check) of its mathematical
// identities; the tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { crelu, creluF32, relu, reluF32 } from '../../src/index.js';
import { anyDouble } from '../arbitraries.js';
import { check, RUNS, sameArray } from '../helpers/identities.js';

describe('crelu halves', () => {
  it('crelu(x) = [relu(x), relu(−x)]', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        sameArray(crelu(x), [relu(x), relu(-x)], `crelu(${x})`);
      }),
      { numRuns: RUNS },
    );
  });

  /** rowSize in 1..8 and a Float32Array of rows·rowSize elements (NaN and ±Infinity included). */
  const rowsArb = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 6 }))
    .chain(([rowSize, rows]) => fc.tuple(fc.constant(rowSize), fc.float32Array({ minLength: rowSize * rows, maxLength: rowSize * rows })));

  it('creluF32 output rows are [reluF32(row), reluF32(−row)]', () => {
    fc.assert(
      fc.property(rowsArb, ([rowSize, x]) => {
        const out = creluF32(new Float32Array(2 * x.length), x, rowSize);
        for (let r = 0; r * rowSize < x.length; r++) {
          const row = x.subarray(r * rowSize, (r + 1) * rowSize);
          const pos = reluF32(new Float32Array(rowSize), row);
          const neg = reluF32(
            new Float32Array(rowSize),
            Float32Array.from(row, (v) => -v),
          );
          sameArray(out.subarray(2 * r * rowSize, (2 * r + 1) * rowSize), pos, `creluF32 row ${r} positive half`);
          sameArray(out.subarray((2 * r + 1) * rowSize, (2 * r + 2) * rowSize), neg, `creluF32 row ${r} negative half`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // One of relu(v), relu(−v) is 0, so their difference is exactly v (float32, ±Infinity too).
  it('creluF32(x): first half − second half = x (exact), also with the default rowSize', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), ([rowSize0, x0], useDefault) => {
        const x = Float32Array.from(x0, (v) => (Number.isNaN(v) ? 0 : v));
        const rowSize = useDefault ? x.length : rowSize0;
        const out = useDefault ? creluF32(new Float32Array(2 * x.length), x) : creluF32(new Float32Array(2 * x.length), x, rowSize);
        for (let i = 0; i < x.length; i++) {
          const r = Math.floor(i / rowSize);
          const j = i % rowSize;
          const d = out[2 * r * rowSize + j] - out[(2 * r + 1) * rowSize + j];
          check(d === x[i], () => `creluF32: row ${r}, element ${j}: ${d} ≠ ${x[i]}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
