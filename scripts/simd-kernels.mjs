// The Float32Array kernels of src/activations as scripts/build-wasm.mjs needs them (read with the
// TypeScript parser: names, parameters, doc comments), and the text of
// src/simd/kernels.generated.ts: every kernel of rectified under its own name, as a re-export of
// the JavaScript kernel, or, for each kernel the WebAssembly module has, a function with the
// JavaScript kernel's signature and documentation that calls src/simd/wrap.ts. One function per
// kernel rather than one shared closure: V8 keeps call feedback per function, so each inlines its
// own JavaScript kernel on the short-array path (a shared wrapper measured 30–60 ns slower per call).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { root } from './activations.mjs';

/** Kernels whose parameters src/simd cannot pass to an elementwise wasm kernel. */
export const NOT_ELEMENTWISE = [
  'crelu',
  'glu',
  'reglu',
  'geglu',
  'gegluTanh',
  'swiglu',
  'softmax',
  'logSoftmax',
  'logSumExp',
  'softmin',
  'hardmax',
  'maxout',
  'sShapedRelu',
];
/**
 * The row-wise families among them, which src/simd/rows.ts runs a whole number of rows (maxout:
 * groups) at a time: 'rows' (out, dx as long as x) or 'reduce' (one value per row: the forward
 * kernel's out and the backward pass's dy; a derivative's out is as long as x). Their module
 * kernels take rowSize (maxout: pieces) as their one parameter; the JavaScript kernels of the
 * softmax family also take innerSize, which the wrappers pass on (src/simd/rows.ts runs the
 * JavaScript kernel for an innerSize other than 1).
 */
export const ROWWISE = { softmax: 'rows', logSoftmax: 'rows', logSumExp: 'reduce', maxout: 'reduce' };
/** Type names a wrapped kernel's parameters may use (the generated file imports no types). */
const TYPE_NAMES = new Set(['Float32Array', 'Readonly', 'number', 'undefined']);
const MAX_PARAMS = 4;

/**
 * Map of every exported `…F32` function of src/activations to { params: [{ name, text }],
 * arrays (how many leading array arguments: 2, or 3 for backward), doc (its doc comment), where },
 * and the set of every function src/activations exports (for doc links).
 */
export function jsKernels() {
  const kernels = new Map();
  const exported = new Set();
  const scan = (file) => {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (!ts.isFunctionDeclaration(st) || !st.name || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const name = st.name.text;
      exported.add(name);
      if (!name.endsWith('F32')) continue;
      const docs = (ts.getLeadingCommentRanges(text, st.pos) ?? []).map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
      kernels.set(name, {
        arrays: /Backward(FromOutput)?F32$/.test(name) ? 3 : 2,
        params: st.parameters.map((p) => ({
          name: p.name.getText(sf),
          text: p.getText(sf).replace(/\s+/g, ' '),
          type: p.type?.getText(sf) ?? '',
        })),
        doc: docs[docs.length - 1] ?? '',
        where: `${relative(root, file)}: ${name}`,
      });
    }
  };
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.ts')) scan(join(dir, d.name));
    }
  };
  walk(join(root, 'src/activations'));
  return { kernels, exported };
}

/** Throws unless the kernel `name` can be wrapped: elementwise, ≤ 4 parameters of plain types. */
export function assertWrappable(name, k) {
  const family = name.replace(/(Derivative|Backward)?F32$/, '');
  if (ROWWISE[family] !== undefined) {
    const size = k.params
      .slice(k.arrays)
      .map((p) => p.name)
      .join();
    if (size !== 'rowSize,innerSize' && size !== 'pieces')
      throw new Error(`${k.where}: a row-wise kernel takes rowSize and innerSize, or pieces alone`);
    return;
  }
  if (NOT_ELEMENTWISE.includes(family))
    throw new Error(`${k.where}: ${family}'s kernels are not elementwise; the module must not export ${name}`);
  if (k.params.length - k.arrays > MAX_PARAMS) throw new Error(`${k.where}: more than ${MAX_PARAMS} parameters`);
  for (const p of k.params) {
    for (const id of p.type.match(/[A-Za-z_$][\w$]*/g) ?? [])
      if (!TYPE_NAMES.has(id)) throw new Error(`${k.where}: parameter ${p.name} has type ${p.type}`);
  }
}

/** MIN_LENGTH of src/simd/wrap.ts: below it the SIMD kernels run the JavaScript ones. */
export function minLength() {
  const m = /export const MIN_LENGTH = (\d+);/.exec(readFileSync(join(root, 'src/simd/wrap.ts'), 'utf8'));
  if (!m) throw new Error('src/simd/wrap.ts declares no MIN_LENGTH');
  return Number(m[1]);
}

/** The JavaScript kernel's doc comment, its links pointing into `js`, with a note on SIMD. */
function wrapperDoc(k, exported) {
  const lines = k.doc.replace(/\{@link\s+([A-Za-z_$][\w$]*)/g, (m, id) => (exported.has(id) ? `{@link js.${id}` : m)).split('\n');
  const blank = lines.findIndex((l, i) => i > 0 && /^\s*\*\s*$/.test(l));
  const note = [
    ' *',
    ' * In rectified/simd: computed with WebAssembly SIMD once {@link init} or {@link initSync} has',
    ` * made the module ready, for arrays of ${minLength()} elements or more (see the module page).`,
  ];
  lines.splice(blank < 0 ? lines.length - 1 : blank, 0, ...note);
  return lines.join('\n');
}

/** The text of src/simd/kernels.generated.ts for a module exporting the kernels `wasm`. */
export function renderKernels(wasm) {
  const { kernels, exported } = jsKernels();
  const names = [...kernels.keys()].sort();
  const plain = names.filter((n) => !wasm.includes(n));
  const out = [
    '// Generated by scripts/build-wasm.mjs (`npm run build:wasm`) from src/activations and the kernels',
    '// the WebAssembly module exports; do not edit. Every Float32Array kernel of rectified: the',
    '// JavaScript kernel itself where the module has none, otherwise a function with its signature',
    "// and documentation that runs the module's kernel (src/simd/wrap.ts).",
    "import * as js from '../index.js';",
    "import type { init, initSync } from './runtime.js';",
    "import { rowwise, rowwiseBackward } from './rows.js';",
    "import { backward, site, small, smallBackward, unary } from './wrap.js';",
    '',
    '// Kernels without a SIMD form in this build: the JavaScript kernels themselves.',
    `export {\n${plain.map((n) => `  ${n},`).join('\n')}\n} from '../index.js';`,
  ];
  for (const name of names.filter((n) => wasm.includes(n))) {
    const k = kernels.get(name);
    assertWrappable(name, k);
    const args = k.params.map((p) => p.name).join(', ');
    const arrays = k.params
      .slice(0, k.arrays)
      .map((p) => p.name)
      .join(', ');
    const test = k.arrays === 3 ? `smallBackward(${arrays})` : `small(${arrays})`;
    const shape = ROWWISE[name.replace(/(Derivative|Backward)?F32$/, '')];
    const call =
      shape === undefined
        ? `${k.arrays === 3 ? 'backward' : 'unary'}($${name}, js.${name}, ${args})`
        : `${k.arrays === 3 ? 'rowwiseBackward' : 'rowwise'}($${name}, js.${name}, ${shape === 'reduce' && !name.endsWith('DerivativeF32')}, ${args})`;
    out.push(
      '',
      `const $${name} = /* @__PURE__ */ site('${name}');`,
      wrapperDoc(k, exported),
      `export function ${name}(${k.params.map((p) => p.text).join(', ')}): Float32Array {`,
      `  return ${test} ? js.${name}(${args}) : ${call};`,
      '}',
    );
  }
  return out.join('\n') + '\n';
}
