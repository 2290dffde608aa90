// The registry's functions (src/registry/functions.ts) against the manifest: every activation
// whose forms fit a registry kind is there, with the manifest's parameters and defaults, and its
// forms are the package's own exports. A new activation fails here until it has its entry.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../scripts/manifest/index.js';
import * as api from '../../src/index.js';
import { FUNCTIONS } from '../../src/registry/functions.js';

/** Not in the registry, by design (docs/registry.md): wide, grouped, without defaults, or a loss (not an activation). */
const LEFT_OUT = ['crelu', 'maxout', 'sShapedRelu', 'softmaxCrossEntropy'];
const KIND = { elementwise: 'elementwise', gated: 'gated', rowwise: 'rowwise', rowReduction: 'reduction' } as const;
const REGISTRY_ONLY = ['identity', 'exponential', 'sparseSigmoid'];
const LAYOUT = ['rowSize', 'innerSize'];
const lib = api as unknown as Record<string, unknown>;

describe('every activation of the manifest is in the registry', () => {
  for (const a of ACTIVATIONS.filter((m) => !LEFT_OUT.includes(m.name))) {
    it(`${a.name}: kind, parameters and defaults as in the manifest; forms are the package's`, () => {
      const def = FUNCTIONS[a.name];
      expect(def, `src/registry/functions.ts has no entry for ${a.name}`).toBeDefined();
      expect(def!.kind).toBe(KIND[a.shape as keyof typeof KIND]);
      // rowSize and innerSize lay out the arrays; they are arguments of the array forms, not bound.
      const params = a.params.filter((p) => !LAYOUT.includes(p.name));
      expect(def!.params.map((p) => [p.name, p.default, p.derivativeOnly === true])).toEqual(
        params.map((p) => [p.name, p.default, p.forms !== undefined && !p.forms.includes('scalar')]),
      );
      expect(def!.f).toBe(lib[a.name]);
      // The scalars are the package's own; array forms may be wrappers that pass the numbers only.
      if (def!.kind === 'elementwise' || def!.kind === 'gated') expect(def!.derivative).toBe(lib[`${a.name}Derivative`]);
    });
  }

  it('and nothing else but the registry-only functions', () => {
    const manifest = ACTIVATIONS.map((a) => a.name);
    expect(Object.keys(FUNCTIONS).filter((n) => !manifest.includes(n))).toEqual(REGISTRY_ONLY);
    expect(LEFT_OUT.filter((n) => n in FUNCTIONS)).toEqual([]);
  });
});
