// typedoc configuration for `npm run docs`, which first generates docs/plots/*.svg
// (scripts/plot/plots.ts) and docs/generated/identities.md (scripts/plot/identities.ts).
// One module page per activation entry point (the same list as tsup's entries and the exports
// map), grouped by family with @category, and one for rectified/simd (category WebAssembly); any
// warning fails the build.
import { existsSync } from 'node:fs';
import { activationEntries, extraEntries } from './scripts/activations.mjs';

// Pages that exist only after another script ran (bench/RESULTS.md after `npm run bench`) are
// included when present, so a missing report never produces a broken link or a warning.
const optional = ['docs/accuracy.md', 'bench/RESULTS.md'].filter((f) => existsSync(f));

/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  name: 'rectified',
  entryPoints: [...activationEntries(), ...extraEntries()].map((e) => e.source),
  entryPointStrategy: 'resolve',
  tsconfig: 'tsconfig.json',
  out: 'docs/site',
  readme: 'README.md',
  projectDocuments: [
    'docs/guide.md',
    'docs/overview.md',
    'docs/generated/identities.md',
    'docs/numerics.md',
    'docs/cross-entropy.md',
    'docs/design.md',
    'docs/performance.md',
    'docs/registry.md',
    ...optional,
  ],
  sortEntryPoints: true,
  sort: ['source-order'],
  categorizeByGroup: false,
  // Project documents carry no @category: they form the first group of the sidebar.
  defaultCategory: 'Documents',
  categoryOrder: [
    'Documents',
    'Rectifiers',
    'Exponential linear',
    'Smooth gates',
    'Softplus',
    'Sigmoid',
    'Shrinkage',
    'Gated linear units',
    'Piecewise learnable',
    'Periodic',
    'Normalising',
    'Losses',
    'WebAssembly',
    'Registry',
    '*',
  ],
  navigation: { includeCategories: true, includeGroups: false, includeFolders: false },
  searchInComments: true,
  searchInDocuments: true,
  includeVersion: true,
  excludePrivate: true,
  excludeInternal: true,
  disableSources: true,
  githubPages: false,
  hideGenerator: true,
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: true,
    unusedMergeModuleWith: true,
  },
  requiredToBeDocumented: ['Module', 'Function', 'Variable', 'Class', 'Interface', 'TypeAlias', 'Enum', 'Parameter'],
  customCss: 'scripts/plot/docs.css',
  plugin: ['./scripts/plot/typedoc-plugin.mjs'],
};

export default config;
