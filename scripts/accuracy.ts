// npm run accuracy: measures every function, derivative and kernel against the dense fixtures
// (test/fixtures/accuracy, regenerate with npm run fixtures), prints the report and writes
// docs/accuracy.md. Deterministic (no timestamps): re-running reproduces the file byte for byte;
// test/accuracy.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadFixtures, measureAll, renderMarkdown } from '../test/accuracy-report.js';

const measures = measureAll(loadFixtures());
const text = renderMarkdown(measures);
const out = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));
writeFileSync(out, text);
process.stdout.write(text);
const failures = measures.reduce((a, m) => a + m.failures.length, 0);
console.log(`wrote ${out}${failures ? ` — ${failures} points miss the contract` : ''}`);
