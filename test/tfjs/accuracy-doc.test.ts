// docs/tfjs-accuracy.md is what scripts/tfjs-accuracy.ts measures now (TF.js's activations on
// cpu and wasm and rectified/tfjs's, by rectified/testing's ulpReport), and the table says what
// the tracker claims about TF.js's gelu and what rectified/tfjs promises about its own ops.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFile, renderDoc } from '../../scripts/tfjs-accuracy.js';

describe('docs/tfjs-accuracy.md', () => {
  it('is current (`npx tsx scripts/tfjs-accuracy.ts` rewrites it), and rectified/tfjs is within 1 ulp everywhere', async () => {
    const doc = await renderDoc();
    expect(readFileSync(docFile, 'utf8')).toBe(doc);
    // the rectified/tfjs column: max ≤ 1 ulp and no special-value mismatch on any row
    const ours = doc
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split('|')[5]!.trim());
    expect(ours.length).toBe(18);
    for (const c of ours) {
      expect(Number(c.split(' / ')[0]), c).toBeLessThanOrEqual(1);
      expect(c).not.toMatch(/special/);
    }
    // TF.js's erf GELU flushes the far negative tail to 0 (the tracker's claim), rectified's does not
    expect(doc).toMatch(/^\| `gelu` \| layers 'gelu' \(erf form\) \| [\d.]+e\+\d/m);
  }, 120_000);
});
