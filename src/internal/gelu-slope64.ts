// The exact GELU's float64 pieces shared by gelu (src/activations/gelu/gelu.ts) and geglu's ∂/∂b:
// the double-double argument of erfc, and a·gelu′(x) rounded once.
import { productDD, productError, sumError } from './dd.js';
import { erfcTimes } from './erfc.js';

const SQRT1_2_LO = -4.833646656726457e-17; // 1/√2 − Math.SQRT1_2
const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π), correctly rounded
const INV_SQRT_2PI_LO = -2.49232720227773e-17; // 1/√(2π) − INV_SQRT_2PI

/**
 * The rounding error of z = −x·Math.SQRT1_2, including that of the constant, so erfc can be
 * evaluated at the exact −x/√2. Needed for x < 0 (z > 0), where erfc's condition number
 * |z·erfc′(z)/erfc(z)| grows from 0.5 at z ≈ 0.35 through 3.8 at z = 1.25 to ~2z² in the tail,
 * turning a 1-ulp error of z into up to 1500 ulp of the result; for x > 0, erfc(z) ∈ (1, 2) is
 * insensitive, and for x < −40 gelu underflows.
 */
export function zError(x: number, z: number): number {
  return x < 0 && x > -40 ? productError(-x, Math.SQRT1_2, z) - x * SQRT1_2_LO : 0;
}

/**
 * m·gelu′(x) = m·(Φ(x) + x·φ(x)) rounded once, for finite x with |x| < 37.4 outside the root
 * series' window (geglu's ∂/∂b; the caller takes the rest, where one more rounding costs at most
 * 2 × 0.7 ulp (the series) or where the result is far below the normal range). gelu′'s closed
 * form rounds its sum, and in the left tail the two terms have opposite signs, so its error
 * relative to the value exceeds what a·gelu′ can absorb (an error of 2.3·2⁻⁵² became 4.9 ulp of
 * a·gelu′). Here x·φ(x) = (x/√(2π))·e^{−x²/2} is formed in double-double (x/√(2π) with the
 * constant's error, x² exact, e^{−(p + pe)/2} = e^{−p/2}(1 − pe/2)), the sum with Φ(x) = ½erfc
 * by two-sum, and the pair is multiplied by m once: what remains is Math.exp's error in x·φ(x)
 * and erfc's in Φ(x), which is small beside the sum wherever Φ(x) is small beside x·φ(x).
 */
export function geluSlopeTimes(m: number, x: number): number {
  const z = -x * Math.SQRT1_2;
  const t1 = erfcTimes(0.5, z, zError(x, z));
  const k = x * INV_SQRT_2PI;
  const kLo = productError(x, INV_SQRT_2PI, k) + x * INV_SQRT_2PI_LO;
  const p = x * x;
  const e = Math.exp(-p / 2);
  const t2 = k * e;
  const t2Lo = productError(k, e, t2) + (kLo - k * (productError(x, x, p) / 2)) * e;
  const hi = t1 + t2;
  return productDD(m, hi, sumError(t1, t2, hi) + t2Lo);
}
