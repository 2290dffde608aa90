// docs/registry.md is generated from the registry's tables (scripts/registry-doc.ts, written by
// `npm run regen`): this fails when a name, default or kink changes without the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from '../../scripts/activations.mjs';
import { renderRegistryDoc } from '../../scripts/registry-doc.js';
import { activationNames } from '../../src/registry/index.js';

const page = readFileSync(join(root, 'docs/registry.md'), 'utf8');

it('docs/registry.md is what `npm run regen` writes from src/registry', () => {
  expect(page).toBe(renderRegistryDoc());
});

it('docs/registry.md names every name activation() resolves', () => {
  const missing = activationNames().filter((n) => !page.includes(`\`${n.includes(':') ? n.slice(n.indexOf(':') + 1) : n}\``));
  expect(missing).toEqual([]);
});
