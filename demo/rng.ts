// Seeded pseudo-random numbers for the demo: mulberry32 (32-bit state, fast, good enough for
// initialisation and shuffling), Gaussian draws by Box–Muller, and a Fisher–Yates shuffle.
// Every experiment derives its generators from the --seed flag, so a run is reproducible.

/** A seeded generator of uniform numbers in [0, 1). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Integer uniform in [0, n). */
  int(n: number): number;
}

/** mulberry32 (Tommy Ettinger): a 32-bit generator with period 2^32. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  let spare = NaN;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare === spare) {
      const s = spare;
      spare = NaN;
      return s;
    }
    let u = next();
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return { next, normal, int: (n) => Math.floor(next() * n) };
}

/**
 * A seed for a named sub-stream (e.g. "init", "data", "shuffle") of a base seed, so that
 * changing how many numbers one part draws does not shift the numbers another part sees.
 */
export function deriveSeed(base: number, ...parts: (string | number)[]): number {
  let h = (base ^ 0x9e3779b9) >>> 0;
  for (const ch of parts.join('/')) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    h ^= h >>> 13;
  }
  return Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
}

/** Shuffles `order` in place (Fisher–Yates) and returns it. */
export function shuffle(order: Uint32Array, rng: Rng): Uint32Array {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
