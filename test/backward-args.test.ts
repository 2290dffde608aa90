// Which forward value a backward pass takes is the one thing a caller cannot see from the types
// (both are Float32Arrays), so the source must say it by name: every exported backward function
// names the forward input `x` and documents it as the forward input, except softmax's, logSoftmax's,
// softmin's, hardmax's and sparsemax's and the …BackwardFromOutputF32 kernels, which take the forward
// output `y` (as README.md and docs/guide.md state).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const FROM_OUTPUT = [
  'softmaxBackward',
  'softmaxBackwardF32',
  'logSoftmaxBackward',
  'logSoftmaxBackwardF32',
  'sparsemaxBackward',
  'sparsemaxBackwardF32',
  'softminBackward',
  'softminBackwardF32',
  'hardmaxBackward',
  'hardmaxBackwardF32',
];

interface Backward {
  name: string;
  /** The parameter after dy. */
  param: string;
  /** Its @param text. */
  doc: string;
}

function backwards(dir: string): Backward[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return backwards(path);
    if (!d.name.endsWith('.ts')) return [];
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    return source.statements.flatMap((s) => {
      if (!ts.isFunctionDeclaration(s) || !s.name || !/Backward/.test(s.name.text)) return [];
      if (!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
      const names = s.parameters.map((p) => p.name.getText(source));
      const param = names[names.indexOf('dy') + 1] ?? '';
      const tag = ts.getJSDocTags(s).find((t) => ts.isJSDocParameterTag(t) && t.name.getText(source) === param);
      return [{ name: s.name.text, param, doc: ts.getTextOfJSDocComment(tag?.comment) ?? '' }];
    });
  });
}

const found = backwards(join(__dirname, '../src/activations'));

describe('backward passes name the forward value they take', () => {
  it('finds every exported backward function', () => {
    const exported = Object.keys(api)
      .filter((k) => /Backward/.test(k))
      .sort();
    expect(found.map((b) => b.name).sort()).toEqual(exported);
  });

  it.each(found.map((b) => [b.name, b] as const))('%s', (name, b) => {
    if (FROM_OUTPUT.includes(name) || name.endsWith('BackwardFromOutputF32')) {
      expect(b.param).toBe('y');
      expect(b.doc).toMatch(/output/);
    } else {
      expect(b.param).toBe('x');
      expect(b.doc).toMatch(/forward input/);
    }
  });
});
