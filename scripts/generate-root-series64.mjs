// Generates src/internal/root-series64.ts: the float64 counterpart of generate-root-series.mjs.
// For gelu′, geluTanh′ and mish′, which cross 0 inside their domain, the closed forms are
// differences of nearly equal terms near the zero r, so their float64 error there is absolute
// (a few 2⁻⁵³), not relative. Within |x − r| ≤ R they are replaced by f′(x) = δ·P(δ), δ = x − r,
// a polynomial whose evaluation (root-series64.ts's rootSeries64) carries δ and the last two
// Horner steps in double-double, so the result is about correctly rounded, 0 at r included.
//
// Method: the derivatives are the mathematical definitions of test/fixtures/generate.mjs
// (80-digit decimal.js, independent of src/); r by bisection to 70 digits; P interpolates
// f′(x)/(x − r) at the Chebyshev nodes of [r − R, r + R] (an even count, so no node is r itself),
// the lowest degree whose interpolation error stays below 2⁻⁵⁹ relative at 600 points; r, c₁ and
// c₂ are rounded to double-double, the rest to float64. The script then runs the float64
// evaluation exactly as root-series64.ts does and fails above 0.75 ulp (against the exact value)
// at 1201 points across the window plus the 64 doubles on either side of r.
// Run: node scripts/generate-root-series64.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY } from '../test/fixtures/generate.mjs';
import { Decimal, roundToFloat64, toDecimal } from '../test/fixtures/reference.mjs';
import { chebyshevInterpolant } from './chebyshev-fit.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// [constant, registry name, root guess, radius R]: R covers the inputs where the closed form
// measured above 4 ulp of relative error.
const targets = [
  ['GELU_SLOPE_ROOT64', 'nearGeluSlopeRoot64', 'geluDerivative', -0.7518, 0.75],
  ['GELU_TANH_SLOPE_ROOT64', 'nearGeluTanhSlopeRoot64', 'geluTanhDerivative', -0.7525, 0.75],
  ['MISH_SLOPE_ROOT64', 'nearMishSlopeRoot64', 'mishDerivative', -1.1924, 0.75],
];

// Error-free transformations, as in src/internal/dd.ts.
function productError(a, b, p) {
  let t = 134217729 * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = 134217729 * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
}
function sumError(a, b, s) {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/** The float64 evaluation of root-series64.ts, line for line. */
export function rootSeries64(s, x) {
  const dh = x - s[0];
  const lo = sumError(x, -s[0], dh) - s[1];
  const d = dh + lo;
  const dLo = sumError(dh, lo, d);
  let q = s[s.length - 1];
  for (let k = s.length - 2; k >= 6; k--) q = s[k] + d * q;
  const t = d * q;
  const u = s[4] + t;
  const uLo = sumError(s[4], t, u) + s[5] + productError(d, q, t) + dLo * q;
  const v = d * u;
  const w = s[2] + v;
  const wLo = sumError(s[2], v, w) + s[3] + productError(d, u, v) + d * uLo + dLo * u;
  const y = d * w;
  return y + (productError(d, w, y) + d * wLo + dLo * w);
}

const hiLo = (v) => {
  const hi = v.toNumber();
  return [hi, v.sub(toDecimal(hi)).toNumber()];
};
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function stepDouble(x, n) {
  f64[0] = x;
  u64[0] += x >= 0 ? BigInt(n) : BigInt(-n);
  return f64[0];
}
function ulpError(got, exact) {
  if (exact.isZero()) return got === 0 ? 0 : Infinity;
  const y = roundToFloat64(exact);
  const e = Math.floor(Math.log2(Math.abs(y)));
  return toDecimal(got)
    .sub(exact)
    .abs()
    .div(new Decimal(2).pow(Math.max(e, -1022) - 52))
    .toNumber();
}

const blocks = [];
for (const [constant, near, name, guess, R] of targets) {
  const entry = REGISTRY.find((e) => e.name === name && e.params.length === 0);
  const f = (x) => entry.f(x, []);
  let lo = new Decimal(guess - 0.01);
  let hi = new Decimal(guess + 0.01);
  const sLo = f(lo).isNegative();
  if (sLo === f(hi).isNegative()) throw new Error(`${name}: no sign change around ${guess}`);
  for (let k = 0; k < 240; k++) {
    const mid = lo.add(hi).div(2);
    if (f(mid).isNegative() === sLo) lo = mid;
    else hi = mid;
  }
  const r = lo.add(hi).div(2);
  const g = (x) => f(x).div(x.sub(r));
  const probes = Array.from({ length: 601 }, (_, k) => r.add(new Decimal(R).mul((k - 300) / 300.5)));
  const exactAt = new Map();
  let c;
  let degree = 7;
  for (; ; degree += 2) {
    c = chebyshevInterpolant(g, r, R, degree);
    let worst = 0;
    for (const x of probes) {
      const t = x.sub(r);
      let p = new Decimal(0);
      for (let k = degree; k >= 0; k--) p = p.mul(t).add(c[k]);
      const err = p.sub(g(x)).div(g(x)).abs().toNumber();
      if (err > worst) worst = err;
    }
    if (worst < 2 ** -59) break;
    if (degree > 41) throw new Error(`${name}: no degree ≤ 41 reaches 2^-59 on radius ${R}`);
  }
  const s = [...hiLo(r), ...hiLo(c[0]), ...hiLo(c[1]), ...c.slice(2).map((v) => v.toNumber())];
  const rHi = s[0];
  const xs = [];
  for (let k = 0; k <= 1200; k++) xs.push(rHi + (k / 600 - 1) * R);
  for (let n = -64; n <= 64; n++) xs.push(stepDouble(rHi, n));
  let worst = 0;
  let worstX = 0;
  for (const x of xs) {
    if (Math.abs(x - rHi) > R) continue;
    const exact = exactAt.get(x) ?? f(toDecimal(x));
    const err = ulpError(rootSeries64(s, x), exact);
    if (err > worst) {
      worst = err;
      worstX = x;
    }
  }
  if (!(worst <= 0.75)) throw new Error(`${name}: float64 evaluation error ${worst} ulp at x = ${worstX}`);
  const short = name.replace('Derivative', '′');
  blocks.push(
    `/** ${short}: root ${r.toSignificantDigits(25).toString()}, |x − root| ≤ ${R}, degree ${degree + 1}, measured ≤ ${worst.toFixed(3)} ulp. */\n` +
      `export const ${constant} = /* @__PURE__ */ Float64Array.of(\n  ${s.slice(0, 6).join(', ')},\n  ${s.slice(6).join(', ')},\n);\n\n` +
      `/** True within ${R} of the root (NaN: false). */\n` +
      `export function ${near}(x: number): boolean {\n  return Math.abs(x - ${rHi}) <= ${R};\n}`,
  );
  console.log(
    `${name}: root ${r.toSignificantDigits(20)}, radius ${R}, degree ${degree + 1}, float64 evaluation max ${worst.toFixed(3)} ulp at ${worstX}`,
  );
}

const text = `// Generated by scripts/generate-root-series64.mjs — do not edit.
// Each array: [root_hi, root_lo, c1_hi, c1_lo, c2_hi, c2_lo, c3, …, cN] with
// f′(x) = δ·(c₁ + δ·(c₂ + δ·(c₃ + …))), δ = x − root, within the radius given (see the script
// for the method), and rootSeries64, which evaluates them: δ = x − root and the last two Horner
// steps carried in double-double, so the result is within about 0.7 ulp of the exact value,
// signed zero aside.
import { productError, sumError } from './dd.js';

// The near…Root64 tests spell the root and the radius out as literals: bundlers turn top-level
// \`const\` into \`var\`, which V8 reloads on every use (see internal/root-series.ts's header).

${blocks.join('\n\n')}

/** δ·(c₁ + δ·(c₂ + δ·(c₃ + …))) for s = [root_hi, root_lo, c1_hi, c1_lo, c2_hi, c2_lo, c3, …]. */
export function rootSeries64(s: Readonly<Float64Array>, x: number): number {
  // x − root_hi is exact only where Sterbenz applies (|x − root| ≤ |root|/2), so its error is kept.
  const dh = x - s[0];
  const lo = sumError(x, -s[0], dh) - s[1];
  const d = dh + lo;
  const dLo = sumError(dh, lo, d);
  let q = s[s.length - 1];
  for (let k = s.length - 2; k >= 6; k--) q = s[k] + d * q;
  const t = d * q;
  const u = s[4] + t;
  const uLo = sumError(s[4], t, u) + s[5] + productError(d, q, t) + dLo * q;
  const v = d * u;
  const w = s[2] + v;
  const wLo = sumError(s[2], v, w) + s[3] + productError(d, u, v) + d * uLo + dLo * u;
  const y = d * w;
  return y + (productError(d, w, y) + d * wLo + dLo * w);
}
`;
writeFileSync(join(root, 'src/internal/root-series64.ts'), text);
