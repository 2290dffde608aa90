// Kernel skeletons that stay written out per function for speed (docs/performance.md, "Why kernel
// loops are written out"), checked against their template so the copies cannot drift apart:
// the gated units' three array forms, which differ only in their element helpers, and the
// range-tested pair loops of the exponential kernels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The source text of `export function name(…) { … }` in a file, comments dropped, white space folded. */
function functionText(file: string, name: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const start = text.indexOf(`export function ${name}(`);
  if (start < 0) throw new Error(`${file}: no export function ${name}`);
  const end = text.indexOf('\n}\n', start);
  return fold(text.slice(start, end + 2));
}

/** Drops // comments, folds white space, and drops the trailing comma of a wrapped parameter list. */
function fold(code: string): string {
  return code
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .replace(/,\s*\)/g, ')')
    .replace(/\(\s+/g, '(')
    .trim();
}

describe('gated units: every kernel is the template with its own element helpers', () => {
  interface Unit {
    readonly name: string;
    readonly file: string;
    /** The forward value f(a, b) and the partials ∂/∂a, ∂/∂b as the unit's kernels write them. */
    readonly f: (a: string, b: string) => string;
    readonly da: (a: string, b: string) => string;
    readonly db: (a: string, b: string) => string;
    /** Extra trailing parameters of the array forms, and their check. */
    readonly params: string;
    readonly check: string;
  }
  const plain = { params: '', check: '' };
  /** A unit a·g(b): f = a·g(b), ∂/∂a = g(b), ∂/∂b = a·g′(b), with g and g′ the kernels' element helpers. */
  const product = (gate: (b: string) => string, slope: (b: string) => string) => ({
    f: (a: string, b: string) => `${a} * ${gate(b)}`,
    da: (_a: string, b: string) => gate(b),
    db: (a: string, b: string) => `${a} * ${slope(b)}`,
  });
  const units: Unit[] = [
    {
      name: 'glu',
      file: 'src/activations/glu/glu.ts',
      ...product(
        (b) => `logistic(${b})`,
        (b) => `logisticDerivative(${b})`,
      ),
      ...plain,
    },
    {
      name: 'reglu',
      file: 'src/activations/reglu/reglu.ts',
      ...product(
        (b) => `positivePart(${b})`,
        (b) => `pieceSlope(${b}, 0)`,
      ),
      ...plain,
    },
    {
      name: 'geglu',
      file: 'src/activations/geglu/geglu.ts',
      ...product(
        (b) => `gate32(${b})`,
        (b) => `slope32(${b})`,
      ),
      ...plain,
    },
    {
      name: 'gegluTanh',
      file: 'src/activations/geglu/geglu-tanh.ts',
      ...product(
        (b) => `gate32(${b})`,
        (b) => `slope32(${b})`,
      ),
      ...plain,
    },
    {
      name: 'swiglu',
      file: 'src/activations/swiglu/swiglu.ts',
      ...product(
        (b) => `gate32(${b}, beta)`,
        (b) => `slope32(${b}, beta)`,
      ),
      params: ', beta = 1',
      check: "beta = finiteParam('beta', beta);",
    },
    {
      name: 'swigluOss',
      file: 'src/activations/swiglu-oss/swiglu-oss.ts',
      f: (a, b) => `value32(${a}, ${b}, alpha, limit)`,
      da: (a, b) => `partialA32(${a}, ${b}, alpha, limit)`,
      db: (a, b) => `partialB32(${a}, ${b}, alpha, limit)`,
      params: ', alpha = 1.702, limit = 7',
      check: "alpha = finiteParam('alpha', alpha); limit = positiveParam('limit', limit);",
    },
  ];
  /** A product as the right operand of `g[o] * …` needs its parentheses (the kernels round a·g′(b) first). */
  const operand = (e: string) => (e.includes(' * ') ? `(${e})` : e);

  /** The three array forms of a gated unit as the template writes them (src/internal/gated.ts: runs and offsets). */
  function template(u: Unit): Record<string, string> {
    const pair = 'let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++';
    return {
      [`${u.name}F32`]: `
        export function ${u.name}F32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number${u.params}, options?: GatedOptions): Float32Array {
          const run = gatedForward(out, x, rowSize, options);
          ${u.check}
          const at = valueOffset(options, run);
          const src = copyIfOverlap(out, x);
          for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
            for (${pair}, o++) out[o] = ${u.f('src[ia]', 'src[ib]')};
          }
          return out;
        }`,
      [`${u.name}DerivativeF32`]: `
        export function ${u.name}DerivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number${u.params}, options?: GatedOptions): Float32Array {
          const run = gatedDerivative(out, x, rowSize, options);
          ${u.check}
          const at = valueOffset(options, run);
          const src = copyIfPartialOverlap(out, x);
          for (let start = 0, n = src.length; start < n; start += 2 * run) {
            for (${pair}) {
              const a = src[ia];
              const b = src[ib];
              out[ia] = ${u.da('a', 'b')};
              out[ib] = ${u.db('a', 'b')};
            }
          }
          return out;
        }`,
      [`${u.name}BackwardF32`]: `
        export function ${u.name}BackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, rowSize?: number${u.params}, options?: GatedOptions): Float32Array {
          const run = gatedBackward(dx, dy, x, rowSize, options);
          ${u.check}
          const at = valueOffset(options, run);
          const g = copyIfOverlap(dx, dy);
          const src = copyIfPartialOverlap(dx, x);
          for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
            for (${pair}, o++) {
              const a = src[ia];
              const b = src[ib];
              dx[ia] = g[o] * ${operand(u.da('a', 'b'))};
              dx[ib] = g[o] * ${operand(u.db('a', 'b'))};
            }
          }
          return dx;
        }`,
    };
  }

  for (const u of units) {
    for (const [kernel, code] of Object.entries(template(u))) {
      it(`${kernel} (${u.file})`, () => {
        expect(functionText(u.file, kernel)).toBe(fold(code));
      });
    }
  }

  it('the comparison tells the units apart (a unit checked against another unit template fails)', () => {
    const [glu, reglu] = units as [Unit, Unit];
    expect(functionText(reglu.file, 'regluF32')).not.toBe(fold(template({ ...glu, name: 'reglu' }).regluF32!));
  });
});

describe('range-tested pair loops: both lanes alike, one careful form for the rest', () => {
  // Each kernel's loop: while (… i < n - 1) { for (; i < n - 1; i += 2) { const a = …, b = …;
  // [const …a, …b;] if (test) break; [const …a, …b;] out[i] = …a…; out[i + 1] = …b…; }
  // for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = careful; } if (i < n) out[i] = careful;
  const kernels: Record<string, string[]> = {
    'src/activations/sigmoid/sigmoid.ts': ['sigmoidF32', 'sigmoidDerivativeF32', 'sigmoidBackwardF32'],
    'src/activations/silu/silu.ts': ['siluF32', 'siluDerivativeF32', 'siluBackwardF32'],
    'src/activations/elu/elu.ts': ['eluF32', 'eluDerivativeF32', 'eluBackwardF32'],
    'src/activations/mish/mish.ts': ['mishF32', 'mishDerivativeF32', 'mishBackwardF32'],
    'src/activations/gelu/gelu-tanh.ts': ['geluTanhF32', 'geluTanhDerivativeF32', 'geluTanhBackwardF32'],
    'src/activations/gelu/gelu.ts': ['geluF32'],
    'src/activations/softplus/softplus.ts': ['softplusF32'],
    'src/activations/softplus/from-output.ts': ['softplusBackwardFromOutputF32'],
  };

  const loop =
    /while \((?:[^()]*&& )?i < n - 1\) \{ for \(; i < n - 1; i \+= 2\) \{ (?<body>.*?) \} for \(const end = i < n - 1 \? i \+ 2 : i; i < end; i\+\+\) (?<tail>[^;]*); \}(?<after> if \(i < n\) (?<last>[^;]*);)?/;

  /** The b lane's text of an a-lane statement: a → b, [i] → [i + 1], and each declared …a → …b. */
  function otherLane(code: string, names: Map<string, string>): string {
    let s = code.replace(/\[i\]/g, '[i + 1]');
    for (const [a, b] of names) s = s.replace(new RegExp(`\\b${a}\\b`, 'g'), b);
    return s;
  }

  for (const [file, names] of Object.entries(kernels)) {
    for (const kernel of names) {
      it(`${kernel} (${file})`, () => {
        const m = loop.exec(functionText(file, kernel));
        expect(m, `${kernel}: no range-tested pair loop of the template's shape`).not.toBeNull();
        const { body, tail, after, last } = m!.groups!;
        const statements = body!.split(/; ?/).filter((s) => s !== '');
        const breakAt = statements.findIndex((s) => / break$/.test(s));
        expect(breakAt, `${kernel}: the pair's test is not a break before the writes`).toBeGreaterThan(0);
        const lanes = new Map([['a', 'b']]);
        const paired = statements.filter((_, k) => k !== breakAt);
        // Declarations pair as `const pa = X, pb = Y`; the writes as `o[i] = X` then `o[i + 1] = Y`.
        for (let k = 0; k < paired.length; k++) {
          const s = paired[k]!;
          const decl = /^const (\w+) = (.*), (\w+) = (.*)$/.exec(s);
          if (decl) {
            const [, pa, x, pb, y] = decl as unknown as [string, string, string, string, string];
            if (pa !== 'a') lanes.set(pa, pb);
            expect(y, `${kernel}: lane b of ${pa}/${pb}`).toBe(otherLane(x, lanes));
            continue;
          }
          const next = paired[k + 1];
          expect(next, `${kernel}: ${s} has no second lane`).toBeDefined();
          expect(next, `${kernel}: lane b of ${s}`).toBe(otherLane(s, lanes));
          k++;
        }
        expect(statements[breakAt], `${kernel}: the test reads both lanes`).toMatch(/\b(b|yb)\b/);
        // softplusF32's pair loop hands the rest to a second, untested loop instead of a last element.
        if (kernel !== 'softplusF32') {
          expect(after, `${kernel}: no last-element line after the loop`).toBeDefined();
          expect(last, `${kernel}: the last element takes another form than the failing pairs`).toBe(tail);
        }
      });
    }
  }
});
