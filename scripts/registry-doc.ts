// docs/registry.md from rectified/registry's tables (src/registry/names.ts and functions.ts):
// `npm run regen` writes it, test/registry/doc.test.ts fails when it is stale, so the list of
// names cannot drift from what activation() resolves.
import { FUNCTIONS } from '../src/registry/functions.js';
import { NAMES, type NameEntry, PREFIXES, UNSUPPORTED } from '../src/registry/names.js';
import type { Framework } from '../src/registry/types.js';

const FRAMEWORKS: [Framework, string][] = [
  ['torch', 'PyTorch (`torch.nn.functional` names, then `torch.nn` class names)'],
  ['keras', 'Keras 3 (`keras.activations`, and layer class names)'],
  ['keras2', 'Keras 2 / tf.keras (TensorFlow ≤ 2.15)'],
  ['jax', 'JAX (`jax.nn`)'],
  ['onnx', 'ONNX operators'],
  ['hf', 'Hugging Face transformers (`ACT2FN` config strings: `hidden_act`, …)'],
];

const num = (v: number | null): string =>
  v === null ? 'required' : v === 1 / 6 ? '1/6' : v === 1 / 3 ? '1/3' : v === 1 / 8 ? '1/8' : v === Infinity ? '∞' : String(v);
const code = (s: string): string => `\`${s}\``;

function bound(e: NameEntry): string {
  const def = FUNCTIONS[e.fn]!;
  const parts = def.params.map((p) => {
    const v = e.set && p.name in e.set ? e.set[p.name]! : p.default;
    const differs = e.set && p.name in e.set;
    return `${p.name} = ${differs ? `**${num(v)}**` : num(v)}`;
  });
  return parts.length > 0 ? parts.join(', ') : '—';
}

function takes(e: NameEntry): string {
  const args = Object.entries(e.args ?? {}).map(([k, v]) => (k === v ? code(k) : `${code(k)} (→ ${v})`));
  if (e.variant)
    args.push(
      `${code(e.variant.param)}: ${e.variant.fns.map(([v, fn]) => `${code(JSON.stringify(v).replace(/"/g, "'"))} → ${fn}`).join(', ')}`,
    );
  return args.length > 0 ? args.join(', ') : '—';
}

function notes(e: NameEntry): string {
  const kinks = (e.kinks ?? []).map(([x, d]) => `f′(${x}) = ${d}`);
  return [...(kinks.length > 0 ? [`kinks: ${kinks.join(', ')}`] : []), ...(e.note ? [e.note] : [])].join('; ') || '';
}

export function renderRegistryDoc(): string {
  const own = Object.entries(FUNCTIONS);
  const prefixed = NAMES.reduce((n, e) => n + e.names.length, 0);
  const lines = [
    '---',
    'title: Registry — activations by framework name',
    'category: Documents',
    '---',
    '',
    '# Activations by framework name: `rectified/registry`',
    '',
    '<!-- generated from src/registry by `npm run regen`; test/registry/doc.test.ts fails when it is stale -->',
    '',
    '`activation(name, overrides?)` turns the activation string of a PyTorch, Keras, JAX, ONNX or',
    "Hugging Face model into rectified's function with that framework's defaults and derivative",
    "conventions bound, in all its forms, at rectified's accuracy:",
    '',
    '```ts',
    "import { activation } from 'rectified/registry';",
    '',
    "const act = activation('hf:gelu_new'); // a config's hidden_act",
    "act.canonical //=> 'geluTanh'",
    "act.kind //=> 'elementwise'",
    "activation('keras:leaky_relu').params.negativeSlope //=> 0.2",
    "activation('torch:gelu', { approximate: 'tanh' }).canonical //=> 'geluTanh'",
    "activation('torch:leaky_relu', { negative_slope: 0.2 }).params.negativeSlope //=> 0.2",
    '```',
    '',
    'The result has `kind` (`elementwise`, `gated`, `rowwise` or `reduction`), the forms of that',
    'kind (`f`, `derivative`, `f32`, `derivativeF32`, `backwardF32`; the row-wise kinds have',
    '`backward` instead of `derivative`), `canonical` (the rectified function), `params` (the bound',
    "values, in rectified's names), `kinks` (derivative values where the framework's convention",
    "differs from the function's) and `framework`.",
    '',
    '## How a name resolves',
    '',
    `- \`prefix:name\` looks in one framework's table; the prefixes are ${Object.keys(PREFIXES).map(code).join(', ')}.`,
    "- A bare name is rectified's own function name if it is one (`gelu` is the exact gelu, `softplus`",
    '  has no threshold); otherwise a framework name on which every framework that has it agrees',
    '  (same function, defaults and kinks: `gelu_new`, `quick_gelu`, `hard_swish`), and a RangeError',
    '  listing the readings when they differ (`leaky_relu`: 0.01 in PyTorch, JAX and transformers, 0.2',
    '  in Keras 3; prefix it).',
    '- Names match as spelled first, then case-insensitively when that is unambiguous the same way',
    "  (`RELU`, `torch:LEAKY_RELU`); an unknown name is a RangeError with the nearest names (`'gleu'`:",
    "  did you mean 'gelu', 'glu'?), an unsupported one a RangeError saying why.",
    "- `overrides` replace parameters by the framework's name or rectified's (`negative_slope` or",
    '  `negativeSlope`); a parameter the name does not take is a RangeError, a value the function',
    '  rejects is its own RangeError, thrown by `activation()` itself.',
    "- Where a framework has no default (PyTorch's `threshold`, ONNX `PRelu`'s slope) the value must be",
    "  given. Kink conventions: rectified's (PyTorch's) unless the table lists others, which the",
    '  derivative forms return at exactly those points.',
    '',
    'Not in the registry: crelu (its output is twice its input), maxout (groups), sShapedRelu (no',
    'defaults, per-channel arrays) and the loss softmaxCrossEntropy (not an activation): import them from',
    'their subpaths.',
    '',
    `${own.length} own names and ${prefixed} framework names (${NAMES.length} framework functions).`,
    '',
    "## rectified's own names",
    '',
    '| name | kind | parameters (defaults) |',
    '| --- | --- | --- |',
    ...own.map(
      ([name, def]) =>
        `| ${code(name)} | ${def.kind} | ${def.params.map((p) => `${p.name} = ${num(p.default)}${p.derivativeOnly ? ' (derivative forms)' : ''}`).join(', ') || '—'} |`,
    ),
    '',
    "`identity`, `exponential` (eˣ) and `sparseSigmoid` (JAX's `sparse_sigmoid`, sparsePlus′) exist",
    'only here: they are too plain to be activations of their own, but configs name them.',
  ];
  for (const [fw, title] of FRAMEWORKS) {
    lines.push(
      '',
      `## ${title}: \`${fw}:\``,
      '',
      '| names | rectified function | bound (**bold**: differs from rectified) | overrides | kinks, notes |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const e of NAMES.filter((n) => n.fw === fw)) {
      lines.push(`| ${e.names.map(code).join(', ')} | ${code(e.fn)} | ${bound(e)} | ${takes(e)} | ${notes(e)} |`);
    }
    const unsupported = UNSUPPORTED.filter((u) => u.fw === fw);
    if (unsupported.length > 0) {
      lines.push('', 'Not supported (a RangeError says why):', '');
      for (const u of unsupported) lines.push(`- ${u.names.map(code).join(', ')}: ${u.why}`);
    }
  }
  return lines.join('\n') + '\n';
}
