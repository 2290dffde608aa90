/**
 * GEGLU, the gated linear unit with a GELU gate (Shazeer 2020): splits each row in halves a | b and lets gelu(b) gate a; the feed-forward unit of T5 v1.1 and Gemma. Exact (erfc) and tanh-approximation forms.
 *
 * ![geglu(1, b) = gelu(b) and ∂geglu/∂b against b](../../../docs/plots/geglu.svg)
 *
 * ![gegluTanh(1, b) = geluTanh(b) and ∂gegluTanh/∂b against b](../../../docs/plots/geglu-tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * geglu(a, b) = a·gelu(b) = a·b·Φ(b)
 * ∂geglu/∂a = gelu(b), ∂geglu/∂b = a·gelu′(b) = a·(Φ(b) + b·φ(b))
 * gegluTanh(a, b) = a·geluTanh(b) = a·½b(1 + tanh(√(2/π)(b + 0.044715b³)))
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves), out row = a ⊗ g(b) (half as long)
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; an even positive integer dividing x.length. The gate is the SECOND half, as in {@link glu} (PyTorch `F.glu(x, dim=-1)`): Megatron-LM's `swiglu` and ONNX's `SwiGLU` gate the FIRST half instead, so swap the halves of each row to match that layout. PyTorch, JAX and Keras ship no GEGLU (PyTorch declined it, pytorch/pytorch#80168); from "GLU Variants Improve Transformer" (Shazeer 2020), GEGLU(x, W, V) = GELU(xW) ⊗ xV.
 *
 * **Special values** (g = gelu or geluTanh): NaN in a or b → NaN; a product of signed zeros keeps the IEEE sign (g(±0) = ±0, so geglu(2, −0) = −0 and geglu(−0, 1) = −0); geglu(a, +∞) = ±∞ (sign of a) for a ≠ 0, NaN for a = ±0; geglu(a, −∞) = ∓0 (a·(−0)) for finite a, NaN for a = ±∞ (∞·0, no limit); geglu(±∞, b) = ±∞·g(b) for finite b, NaN where g(b) is 0: at b = ±0, and where g(b) underflows in float64 (the scalars: b ≲ −38.6 for gelu, −21.4 for geluTanh; the kernels, whose float64 intermediates underflow elsewhere, give ±∞ or NaN in that far tail, and likewise for ∂/∂b = ±∞·g′(b)).
 *
 * **Derivative at the kink**: none (smooth); ∂/∂b = a·g′(b) crosses 0 with g′ (b ≈ −0.7518 for gelu, −0.7525 for geluTanh), where only an absolute error of a few ulp of |a| is attainable.
 *
 * Ten functions: the exact `geglu(a, b)`, `gegluDerivative(a, b)` (returns [∂/∂a, ∂/∂b]), `gegluF32(out, x, rowSize?)` (out has x.length/2 values), `gegluDerivativeF32(out, x, rowSize?)` (out has x.length values: each row's ∂/∂a half then ∂/∂b half, laid out like x), `gegluBackwardF32(dx, dy, x, rowSize?)` (dy has x.length/2 values, dx x.length), and the tanh approximation `gegluTanh`, `gegluTanhDerivative`, `gegluTanhF32`, `gegluTanhDerivativeF32`, `gegluTanhBackwardF32` with the same shapes. Import from `rectified/geglu` or `rectified`.
 *
 * @module geglu
 * @category Gated linear units
 */
export * from './geglu.js';
export * from './geglu-tanh.js';
