// Moving the middle axis of a C-contiguous [outer, size, inner] tensor last and back: the route
// the along-axis kernels (innerSize > 1) replace, against which their tests compare bit for bit.

/** [outer, size, inner] → [outer, inner, size]. */
export function toLastAxis(a: Float32Array, outer: number, size: number, inner: number): Float32Array {
  const t = new Float32Array(a.length);
  for (let o = 0; o < outer; o++)
    for (let r = 0; r < size; r++) for (let i = 0; i < inner; i++) t[(o * inner + i) * size + r] = a[(o * size + r) * inner + i];
  return t;
}

/** [outer, inner, size] → [outer, size, inner] (the inverse of toLastAxis). */
export function fromLastAxis(t: Float32Array, outer: number, size: number, inner: number): Float32Array {
  const a = new Float32Array(t.length);
  for (let o = 0; o < outer; o++)
    for (let r = 0; r < size; r++) for (let i = 0; i < inner; i++) a[(o * size + r) * inner + i] = t[(o * inner + i) * size + r];
  return a;
}
