// Coefficients of the polynomials in assembly/math/*.ts (the WebAssembly SIMD kernels): Chebyshev
// interpolants in 80-digit Decimal arithmetic (scripts/chebyshev-fit.mjs), rounded to float64,
// and their measured relative error in float64 Horner evaluation on a dense grid.
// Usage: node scripts/simd-coefficients.mjs (needs a built dist/ for the Gaussian tail)
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
function lawsonRational(h, nO, nE, tanhRelative = false, iterations = tanhRelative ? 200 : 60) {
  const M = 4000;
  const rs = Array.from({ length: M }, (_, i) => h * Math.cos((Math.PI * (i + 0.5)) / M)).filter((r) => Math.abs(r) > 1e-6);
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
      const s = r * r,
        T = Math.tanh(r / 2);
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
      const s = r * r,
        N = E(s) + r * O(s),
        D = E(s) - r * O(s);
      const err = tanhRelative ? Math.abs((r * O(s)) / E(s) / Math.tanh(r / 2) - 1) : Math.abs(N / D / Math.exp(r) - 1);
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
console.log(`expRatio [o0, o1, e1] (ratioRO, ratioE), max relative error of e^r 2^${Math.log2(rational.worst).toFixed(1)}`);
console.log(rational.c.join(', '));
const rational3 = lawsonRational(Math.LN2 / 2, 3, 1, true);
console.log(`tanhRatio [o0, o1, o2, e1] (ratioRO3, ratioE3), max relative error of tanh(r/2) 2^${Math.log2(rational3.worst).toFixed(1)}`);
console.log(rational3.c.join(', '));

// log1p (assembly/math/log1p.ts): R(s) = (atanh(√s)/√s − 1)/s, s = w² ∈ [0, 1/9], degree 4,
// Chebyshev interpolant (Decimal), expanded to monomials in s.
{
  const deg = 4;
  const c = new Decimal(1).div(18);
  const f = (s) => (s.abs().lt(1e-40) ? new Decimal(1).div(3) : s.sqrt().atanh().div(s.sqrt()).sub(1).div(s));
  const ct = chebyshevInterpolant(f, c, c, deg);
  const binom = (n, k) => {
    let r = new Decimal(1);
    for (let i = 1; i <= k; i++) r = r.mul(n - k + i).div(i);
    return r;
  };
  const cs = Array.from({ length: deg + 1 }, () => new Decimal(0));
  ct.forEach((v, p) => {
    for (let j = 0; j <= p; j++) cs[j] = cs[j].add(v.mul(binom(p, j)).mul(c.neg().pow(p - j)));
  });
  const co = cs.map((d) => d.toNumber());
  let worst = 0;
  for (let i = 1; i <= 100000; i++) {
    const w = i / 100000 / 3,
      s2 = w * w;
    let p = co[deg];
    for (let k = deg - 1; k >= 0; k--) p = p * s2 + co[k];
    worst = Math.max(worst, Math.abs((2 * w * (1 + s2 * p)) / Math.log1p((2 * w) / (1 - w)) - 1));
  }
  console.log(`log1p R(s) degree ${deg}, max relative error of log1p 2^${Math.log2(worst).toFixed(1)}`);
  console.log(co.join(', '));
}

// Gaussian tail (assembly/math/gauss.ts): R(a) = Q(a)e^{a²/2} ≈ P₅(a)/S₆(a) on [0, 20], a
// Lawson-reweighted linearised least-squares fit (Householder QR, Chebyshev basis in
// u = a/10 − 1), expanded to monomials in a and normalised to S(0) = 1. Q(a) = gelu(−a)/(−a)
// from the library's float64 scalar (dist/), accurate to a few ulp.
{
  const lib = await import('../dist/index.js');
  const m = 5,
    n = 6,
    A = 20,
    H = A / 2,
    M = 3000;
  const as = Array.from({ length: M }, (_, i) => H + H * Math.cos((Math.PI * (i + 0.5)) / M));
  const Rof = (a) => (a === 0 ? 0.5 : lib.gelu(-a) / -a) * Math.exp((a * a) / 2);
  const Rs = as.map(Rof);
  const T = (k, u) => Math.cos(k * Math.acos(Math.max(-1, Math.min(1, u))));
  const lstsq = (rows, rhs) => {
    const mm = rows.length,
      nn = rows[0].length,
      Q = rows.map((r) => r.slice()),
      b = rhs.slice();
    for (let k = 0; k < nn; k++) {
      let norm = 0;
      for (let i = k; i < mm; i++) norm += Q[i][k] ** 2;
      norm = Math.sqrt(norm);
      const alpha = Q[k][k] > 0 ? -norm : norm;
      const v = Array(mm).fill(0);
      for (let i = k; i < mm; i++) v[i] = Q[i][k];
      v[k] -= alpha;
      let vv = 0;
      for (let i = k; i < mm; i++) vv += v[i] ** 2;
      if (vv === 0) continue;
      for (let j = k; j < nn; j++) {
        let t = 0;
        for (let i = k; i < mm; i++) t += v[i] * Q[i][j];
        t = (2 * t) / vv;
        for (let i = k; i < mm; i++) Q[i][j] -= t * v[i];
      }
      let t = 0;
      for (let i = k; i < mm; i++) t += v[i] * b[i];
      t = (2 * t) / vv;
      for (let i = k; i < mm; i++) b[i] -= t * v[i];
    }
    const x = Array(nn);
    for (let i = nn - 1; i >= 0; i--) {
      let t = b[i];
      for (let j = i + 1; j < nn; j++) t -= Q[i][j] * x[j];
      x[i] = t / Q[i][i];
    }
    return x;
  };
  let w = as.map(() => 1),
    best;
  for (let it = 0; it < 80; it++) {
    const rows = [],
      rhs = [];
    as.forEach((a, i) => {
      const u = a / H - 1,
        R = Rs[i],
        sw = Math.sqrt(w[i]) / R;
      const row = [];
      for (let k = 0; k <= m; k++) row.push(sw * T(k, u));
      for (let k = 1; k <= n; k++) row.push(-sw * R * T(k, u));
      rows.push(row);
      rhs.push(sw * R);
    });
    const c = lstsq(rows, rhs);
    const P = (u) => c.slice(0, m + 1).reduce((t, v, k) => t + v * T(k, u), 0);
    const S = (u) => 1 + c.slice(m + 1).reduce((t, v, k) => t + v * T(k + 1, u), 0);
    let worst = 0;
    const errs = as.map((a, i) => {
      const u = a / H - 1,
        e = Math.abs(P(u) / S(u) / Rs[i] - 1);
      worst = Math.max(worst, e);
      return e;
    });
    if (!best || worst < best.worst) best = { worst, c };
    const tot = w.reduce((t, v, i) => t + v * errs[i], 0);
    w = w.map((v, i) => (v * errs[i]) / tot);
  }
  const cheb2mono = (cs) => {
    const deg = cs.length - 1,
      Tm = [[1], [0, 1]];
    for (let k = 2; k <= deg; k++) {
      const t = Array(k + 1).fill(0);
      Tm[k - 1].forEach((v, j) => {
        t[j + 1] += 2 * v;
      });
      Tm[k - 2].forEach((v, j) => {
        t[j] -= v;
      });
      Tm.push(t);
    }
    const out = Array(deg + 1).fill(0);
    cs.forEach((v, k) => {
      Tm[k].forEach((tv, j) => {
        out[j] += v * tv;
      });
    });
    return out;
  };
  const toA = (cs) => {
    const out = Array(cs.length).fill(0);
    const binom = (nn, k) => {
      let r = 1;
      for (let i = 1; i <= k; i++) r = (r * (nn - k + i)) / i;
      return r;
    };
    cs.forEach((c, k) => {
      for (let j = 0; j <= k; j++) out[j] += (c * binom(k, j) * (-1) ** (k - j)) / H ** j;
    });
    return out;
  };
  let Pa = toA(cheb2mono(best.c.slice(0, m + 1))),
    Sa = toA(cheb2mono([1, ...best.c.slice(m + 1)]));
  const s0 = Sa[0];
  Pa = Pa.map((v) => v / s0);
  Sa = Sa.map((v) => v / s0);
  let worst = 0;
  for (let i = 0; i <= 400000; i++) {
    const a = (A * i) / 400000;
    let p = 0,
      q = 0;
    for (let k = m; k >= 0; k--) p = p * a + Pa[k];
    for (let k = n; k >= 0; k--) q = q * a + Sa[k];
    worst = Math.max(worst, Math.abs(p / q / Rof(a) - 1));
  }
  console.log(`gaussTail P5/S6 on [0, ${A}], max relative error of R 2^${Math.log2(worst).toFixed(1)} (monomials in a)`);
  console.log('P', Pa.join(', '));
  console.log('S', Sa.join(', '));
}
