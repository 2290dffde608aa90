// mulberry32 (Tommy Ettinger, 2017, public domain): a 32-bit-state pseudo-random generator,
// small and fast, with period 2³² and good statistical quality for drawing noise such as RReLU
// slopes (not for cryptography). Built only from Math.imul, >>> and ^, which every engine
// defines exactly, so one seed gives the same sequence everywhere.

/** A generator of uint32 values from the state `seed >>> 0`; each call advances the state by 0x6d2b79f5. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
