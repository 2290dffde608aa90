// `npm run demo`: prints every activation's value f(x) and derivative f′(x) at a few points,
// including the tails where the textbook formulas (and PyTorch/TF.js) lose every digit.
import * as r from '../src/index.js';

interface Row {
  name: string;
  f: (x: number) => number;
  df: (x: number) => number;
  naive?: (x: number) => number;
  naiveName?: string;
}

const rows: Row[] = [
  { name: 'relu', f: r.relu, df: r.reluDerivative },
  { name: 'leakyRelu', f: (x) => r.leakyRelu(x), df: (x) => r.leakyReluDerivative(x) },
  { name: 'prelu', f: (x) => r.prelu(x), df: (x) => r.preluDerivative(x) },
  { name: 'crelu[0]', f: (x) => r.crelu(x)[0], df: (x) => r.creluDerivative(x)[0] },
  { name: 'crelu[1]', f: (x) => r.crelu(x)[1], df: (x) => r.creluDerivative(x)[1] },
  { name: 'elu', f: (x) => r.elu(x), df: (x) => r.eluDerivative(x), naive: (x) => (x > 0 ? x : Math.exp(x) - 1), naiveName: 'exp(x)-1' },
  {
    name: 'gelu',
    f: r.gelu,
    df: r.geluDerivative,
    naive: (x) => 0.5 * x * (1 + erfAbramowitzStegun(x / Math.SQRT2)),
    naiveName: '½x(1+erf) with A&S erf (TF.js)',
  },
  {
    name: 'geluTanh',
    f: r.geluTanh,
    df: r.geluTanhDerivative,
    naive: (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
    naiveName: '½x(1+tanh u)',
  },
  { name: 'silu', f: r.silu, df: r.siluDerivative, naive: (x) => x / (1 + Math.exp(-x)), naiveName: 'x/(1+e^-x)' },
  {
    name: 'softplus',
    f: (x) => r.softplus(x),
    df: (x) => r.softplusDerivative(x),
    naive: (x) => Math.log(1 + Math.exp(x)),
    naiveName: 'log(1+e^x)',
  },
  { name: 'mish', f: r.mish, df: r.mishDerivative, naive: (x) => x * Math.tanh(Math.log1p(Math.exp(x))), naiveName: 'x·tanh(log1p(e^x))' },
  {
    name: 'squareplus',
    f: (x) => r.squareplus(x),
    df: (x) => r.squareplusDerivative(x),
    naive: (x) => (x + Math.sqrt(x * x + 4)) / 2,
    naiveName: '(x+√(x²+4))/2',
  },
  { name: 'sigmoid', f: r.sigmoid, df: r.sigmoidDerivative, naive: (x) => 1 / (1 + Math.exp(-x)), naiveName: '1/(1+e^-x)' },
];

/** Abramowitz & Stegun 7.1.26 (|error| ≤ 1.5e−7), the erf TF.js's GELU layer uses. */
function erfAbramowitzStegun(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}

const points = [-40, -10, -1, -1e-8, 0, 1e-8, 1, 10, 1000];
const fmt = (v: number) => (Object.is(v, -0) ? '-0' : Number.isInteger(v) && Math.abs(v) < 1e6 ? String(v) : v.toPrecision(6));
const pad = (s: string, n: number) => s.padStart(n);

function table(title: string, pick: (row: Row) => (x: number) => number): void {
  console.log(`\n${title}`);
  console.log(pad('x →', 11) + points.map((p) => pad(fmt(p), 13)).join(''));
  for (const row of rows) console.log(pad(row.name, 11) + points.map((p) => pad(fmt(pick(row)(p)), 13)).join(''));
}

console.log('rectified — every activation at a few points (float64 scalars)');
table('f(x)', (row) => row.f);
table('f′(x)', (row) => row.df);

console.log('\nWhere the textbook formula loses the answer (same float64 inputs):');
const hard = [-40, -10, -1e-8, 1000];
for (const row of rows) {
  if (!row.naive) continue;
  for (const x of hard) {
    const exact = row.f(x);
    const naive = row.naive(x);
    const rel = exact === 0 ? Math.abs(naive) : Math.abs((naive - exact) / exact);
    if (!(rel > 1e-12)) continue; // within a few thousand ulp: not worth a line
    const verdict = !Number.isFinite(naive) ? String(naive) : rel >= 0.5 ? 'no correct digit' : `rel. error ${rel.toExponential(1)}`;
    console.log(`  ${row.name}(${x}): rectified ${fmt(exact)}, ${row.naiveName} gives ${fmt(naive)} (${verdict})`);
  }
}

const x = Float32Array.of(-2, -0.5, 0, 0.5, 2);
const y = r.geluF32(new Float32Array(x.length), x);
const dx = r.geluBackwardF32(new Float32Array(x.length), Float32Array.of(1, 1, 1, 1, 1), x);
console.log('\nFloat32Array kernels: geluF32', Array.from(y, fmt).join(', '), '| geluBackwardF32 (dy = 1)', Array.from(dx, fmt).join(', '));
