// Coefficients of the polynomials in assembly/math/*.ts (the WebAssembly SIMD kernels): Chebyshev
// interpolants in 80-digit Decimal arithmetic (scripts/chebyshev-fit.mjs), rounded to float64,
// and their measured relative error in float64 Horner evaluation on a dense grid.
// Usage: node scripts/simd-coefficients.mjs
import { Decimal } from '../test/fixtures/reference.mjs';
import { chebyshevInterpolant } from './chebyshev-fit.mjs';

const fits = {
  // e^r = 1 + r + r²·P(r), |r| ≤ ln2/2: P(r) = (e^r − 1 − r)/r²
  expTail: {
    f: (r) => (r.abs().lt(1e-30) ? r.div(6).add(0.5) : r.exp().sub(1).sub(r).div(r.mul(r))),
    h: Math.LN2 / 2,
    degree: +(process.argv[2] ?? 5),
    check: (r, p) => [Math.expm1(r), r + r * r * p],
  },
};

for (const [name, { f, h, degree, check }] of Object.entries(fits)) {
  const c = chebyshevInterpolant(f, 0, h, degree).map((d) => d.toNumber());
  let worst = 0;
  for (let i = 0; i <= 200000; i++) {
    const r = -h + (2 * h * i) / 200000;
    let p = c[degree];
    for (let k = degree - 1; k >= 0; k--) p = p * r + c[k];
    const [want, got] = check(r, p);
    if (want !== 0) worst = Math.max(worst, Math.abs((got - want) / (want + 1)));
  }
  console.log(name, `degree ${degree}, max relative error of e^r 2^${Math.log2(worst).toFixed(1)}`);
  console.log(c.map((v) => String(v)).join(', '));
}

// The rational eʳ = (E + rO)/(E − rO), E = 1 + e₁r², O = o₀ + o₁r² (assembly/math/exp.ts
// ratioE/ratioRO): tanh(r/2) ≈ r·O(r²)/E(r²) fitted by linearised least squares with Lawson's
// reweighting towards minimax, on |r| ≤ ln2/2 (Chebyshev-distributed points).
function lawsonRational(h, nO, nE, iterations = 60) {
  const M = 4000;
  const rs = Array.from({ length: M }, (_, i) => h * Math.cos((Math.PI * (i + 0.5)) / M));
  let w = rs.map(() => 1);
  const solve = (A, b) => {
    const n = b.length;
    A = A.map((row, i) => [...row, b[i]]);
    for (let c = 0; c < n; c++) {
      let p = c;
      for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
      [A[c], A[p]] = [A[p], A[c]];
      for (let r = c + 1; r < n; r++) {
        const f = A[r][c] / A[c][c];
        for (let k = c; k <= n; k++) A[r][k] -= f * A[c][k];
      }
    }
    const x = Array(n);
    for (let r = n - 1; r >= 0; r--) {
      let s = A[r][n];
      for (let k = r + 1; k < n; k++) s -= A[r][k] * x[k];
      x[r] = s / A[r][r];
    }
    return x;
  };
  let best;
  for (let it = 0; it < iterations; it++) {
    const n = nO + nE;
    const A = Array.from({ length: n }, () => Array(n).fill(0));
    const b = Array(n).fill(0);
    rs.forEach((r, i) => {
      const s = r * r, T = Math.tanh(r / 2);
      const row = [];
      for (let j = 0; j < nO; j++) row.push(r * s ** j);
      for (let j = 1; j <= nE; j++) row.push(-T * s ** j);
      const wi = w[i] / (T * T);
      for (let a = 0; a < n; a++) {
        b[a] += wi * row[a] * T;
        for (let c = 0; c < n; c++) A[a][c] += wi * row[a] * row[c];
      }
    });
    const c = solve(A, b);
    const O = (s) => c.slice(0, nO).reduce((acc, v, j) => acc + v * s ** j, 0);
    const E = (s) => 1 + c.slice(nO).reduce((acc, v, j) => acc + v * s ** (j + 1), 0);
    let worst = 0;
    const errs = rs.map((r) => {
      const s = r * r, N = E(s) + r * O(s), D = E(s) - r * O(s);
      const err = Math.abs(N / D / Math.exp(r) - 1);
      worst = Math.max(worst, err);
      return err;
    });
    if (!best || worst < best.worst) best = { worst, c };
    const total = w.reduce((a, v, i) => a + v * errs[i], 0);
    w = w.map((v, i) => (v * errs[i]) / total);
  }
  return best;
}
const rational = lawsonRational(Math.LN2 / 2, 2, 1);
console.log(`expRatio [o0, o1, e1], max relative error of e^r 2^${Math.log2(rational.worst).toFixed(1)}`);
console.log(rational.c.join(', '));
