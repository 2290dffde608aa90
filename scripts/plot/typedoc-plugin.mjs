// A typedoc plugin for the activation pages: the reader who lands on an activation's function
// page (functions/gelu.gelu.html, from a search or a link) sees its plot and formula there too,
// not only on the module page (modules/gelu.html). The module comment of each activation
// (src/activations/<folder>/<file>.ts) holds them, from its plot image to its **Formula** code
// block; this copies those parts into the comment of the function named after the module.
import { Converter, ReflectionKind } from 'typedoc';
import { extraEntries } from '../activations.mjs';

/** Module pages that are no activation (rectified/simd): no plot, no formula. */
const NOT_ACTIVATIONS = new Set(extraEntries().map((e) => e.name));

/** The parts of a module summary from its first image through its formula block. */
function plotAndFormula(parts) {
  const image = parts.findIndex((p) => p.kind === 'relative-link' && p.text.endsWith('.svg'));
  const formula = parts.findIndex((p) => p.kind === 'code' && p.text.startsWith('```'));
  const before = parts[image - 1];
  if (image < 1 || formula < image || before.kind !== 'text' || !before.text.includes('![')) return null;
  // The text before the image ends with its "![alt](" opener: keep only that.
  const opener = { kind: 'text', text: before.text.slice(before.text.lastIndexOf('![')) };
  return [opener, ...parts.slice(image, formula + 1).map((p) => ({ ...p }))];
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      if (NOT_ACTIVATIONS.has(module.name)) continue;
      const fn = module.children?.find((c) => c.name === module.name && c.kindOf(ReflectionKind.Function));
      const signature = fn?.signatures?.[0];
      const parts = module.comment && plotAndFormula(module.comment.summary);
      if (!signature?.comment || !parts) {
        app.logger.warn(`activation page ${module.name}: no plot and formula to show on its function page`);
        continue;
      }
      signature.comment.summary.push({ kind: 'text', text: '\n\n' }, ...parts);
    }
  });
}
