// Seeded uniform numbers for tests, drawn from the library's own generator
// (src/internal/mulberry32.ts, uint32 outputs) so that the repository holds one mulberry32.
import { mulberry32 } from '../../src/internal/mulberry32.js';

/** Uniform in [0, 1) on the grid of multiples of 2⁻³²: mulberry32(seed)'s uint32 outputs divided by 2³². */
export function uniform(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 2 ** 32;
}
