// snakeBeta's sums taken again in integers where the double-double ones of ./core.ts cancel, next
// to a simple root of f or f′ (./core.ts decides when); kept apart so that snake, which has no such
// roots, does not carry them.
import { split } from '../../internal/exact.js';
import { wideRatio } from '../../internal/sin-squared-wide.js';

/** x + sin²(a·x)/b = (x·b + sin²(a·x))/b, summed in integers. */
export function wideValue(x: number, a: number, b: number): number {
  const [mx, ex] = split(x);
  const [mb, eb] = split(b);
  return wideRatio(a, x, 0, mx * mb, ex + eb, 1n, 0, b);
}

/** ((b − a) + a·2sin²(a·x + π/4))/b, summed in integers. */
export function wideSlope(x: number, a: number, b: number): number {
  const [ma, ea] = split(a);
  const [mb, eb] = split(b);
  const e = Math.min(ea, eb);
  return wideRatio(a, x, 1, (mb << BigInt(eb - e)) - (ma << BigInt(ea - e)), e, ma, ea + 1, b);
}
