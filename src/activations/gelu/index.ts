/**
 * GELU, the Gaussian error linear unit: the input weighted by its standard normal CDF; the activation of BERT, GPT and most transformers. Exact (erfc) and tanh-approximation forms.
 *
 * ![gelu and gelu′, −4 ≤ x ≤ 4](../../../docs/plots/gelu.svg)
 *
 * ![geluTanh and geluTanh′, −4 ≤ x ≤ 4](../../../docs/plots/gelu-tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * gelu(x) = x·Φ(x) = ½x·erfc(−x/√2)
 * gelu′(x) = Φ(x) + x·φ(x)
 * geluTanh(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³)))
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; gelu(±0) = ±0; gelu(−∞) = −0; gelu(+∞) = +∞; the negative tail keeps every digit (gelu(−10) ≈ −7.6e−23, PyTorch: −0). gelu′(±0) = 0.5.
 *
 * **Derivative at the kink**: none (smooth); the minimum gelu(−0.7518…) ≈ −0.170 is where gelu′ crosses 0.
 *
 * Ten functions: the exact `gelu`, `geluDerivative`, `geluF32`, `geluDerivativeF32`, `geluBackwardF32` and the tanh approximation `geluTanh`, `geluTanhDerivative`, `geluTanhF32`, `geluTanhDerivativeF32`, `geluTanhBackwardF32`. Import from `rectified/gelu` or `rectified`.
 *
 * @module gelu
 * @category Smooth gates
 */
export * from './gelu.js';
export * from './gelu-tanh.js';
