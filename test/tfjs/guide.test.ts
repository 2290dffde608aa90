// The examples of docs/tfjs.md, run as a program would: each ```ts block, transpiled to
// CommonJS, in an async function (they await), with tfjs-core, its cpu backend and its gradients
// loaded, and 'rectified/…' resolved to the sources. Then what the text says of their results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { activationEntries, extraEntries, root } from '../../scripts/activations.mjs';
import { setUp, tf } from './tf.js';

const text = readFileSync(join(root, 'docs/tfjs.md'), 'utf8');
const blocks = [...text.matchAll(/^```ts no-run\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const sources = new Map<string, string>();
for (const e of [...activationEntries(), ...extraEntries()]) sources.set(`rectified/${e.name}`, join(root, e.source));

/** Names the checks below read, returned from each block where it declares them. */
const LOCALS = ['y', 'dx', 'gated', 'probs', 'same', 'logProbs', 'multiLabel', 'dZ', 'report'];

async function run(code: string): Promise<Record<string, unknown>> {
  const body = `${code}\nreturn { ${LOCALS.map((n) => `${n}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ')} };`;
  const js = ts.transpileModule(body, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const mods = new Map<string, unknown>();
  for (const m of code.matchAll(/from '([^']+)'/g)) {
    const s = m[1]!;
    mods.set(s, await import(sources.has(s) ? pathToFileURL(sources.get(s)!).href : s));
  }
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...a: string[]
  ) => (...v: unknown[]) => Promise<Record<string, unknown>>;
  return new AsyncFunction('require', 'exports', js)((s: string) => mods.get(s), {});
}

describe('docs/tfjs.md examples', () => {
  beforeAll(() => setUp('cpu'), 120_000);

  it('has the six examples', () => expect(blocks).toHaveLength(6));

  it('ops and gradients: run, and leave no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const r = await run(blocks[0]!);
    expect((r.gated as tf.Tensor).shape).toEqual([2, 4]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('training with an optimizer runs and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    await run(blocks[1]!);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('layers: the loaded model predicts what the saved one did', async () => {
    expect((await run(blocks[2]!)).same).toBe(true);
  });

  it('post-processing: each row of probabilities sums to 1, and the 40-logit row keeps finite log-probabilities', async () => {
    const r = await run(blocks[3]!);
    const p = r.probs as Float32Array;
    expect(Math.abs(p[0]! + p[1]! + p[2]! - 1)).toBeLessThan(2 ** -22);
    expect([...(r.logProbs as Float32Array)].every(Number.isFinite)).toBe(true);
  });

  it('the hand-written loop gives dA·gelu′(z)', async () => {
    expect((await run(blocks[4]!)).dZ).toHaveLength(4);
  });

  it("the oracle finds TF.js's erf GELU thousands of ulps off, worst at −6 or −4", async () => {
    const report = (await run(blocks[5]!)).report as { maxUlp: number; worst: { x: number }[] };
    expect(report.maxUlp).toBeGreaterThan(1000);
    expect([-6, -4]).toContain(report.worst[0]!.x);
  });
});
