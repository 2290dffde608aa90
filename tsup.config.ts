import { defineConfig } from 'tsup';
import { activationEntries, extraEntries } from './scripts/activations.mjs';

const entry: Record<string, string> = { index: 'src/index.ts' };
for (const { name, source } of [...activationEntries(), ...extraEntries()]) entry[name] = source;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2020',
  outDir: 'dist',
});
