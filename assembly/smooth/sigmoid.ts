// Sweep (scripts/simd-sweep.mjs: every float32 with 2⁻²⁴ ≤ |x| < 128, both signs; every 64th
// float32 below (subnormals, ±0) and beyond (to FLT_MAX, ±Infinity, NaN); specials incl. kinks
// and roots; backward dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th), vs
// Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   sigmoidF32()                       5.79e+08 inputs, max 1 ulp (81210 at 1 ulp), 225083 differ from JS, specials 35/35
//   sigmoidDerivativeF32()             5.79e+08 inputs, max 1 ulp (81682 at 1 ulp), 176246 differ from JS, specials 35/35
//   sigmoidBackwardF32()               5.79e+08 inputs, max 1 ulp (75626 at 1 ulp), 162468 differ from JS, specials 140/140
