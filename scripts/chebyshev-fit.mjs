// Shared by the table generators (generate-gaussian-table.mjs, generate-root-series.mjs): the
// polynomial that interpolates f at the Chebyshev nodes of [−h, h], in exact-enough Decimal
// arithmetic (80 digits), as monomial coefficients c[0..degree] of f(centre + t) ≈ Σ c[p]·tᵖ.
import { Decimal } from '../test/fixtures/reference.mjs';

/** Solves M·c = v (n × n, Decimal) by Gaussian elimination with partial pivoting. */
function solve(M, v) {
  const n = v.length;
  const A = M.map((row, i) => [...row, v[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (A[r][col].abs().gt(A[pivot][col].abs())) pivot = r;
    [A[col], A[pivot]] = [A[pivot], A[col]];
    for (let r = col + 1; r < n; r++) {
      const f = A[r][col].div(A[col][col]);
      for (let k = col; k <= n; k++) A[r][k] = A[r][k].sub(f.mul(A[col][k]));
    }
  }
  const c = new Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = A[r][n];
    for (let k = r + 1; k < n; k++) s = s.sub(A[r][k].mul(c[k]));
    c[r] = s.div(A[r][r]);
  }
  return c;
}

/**
 * Coefficients (Decimal) of the degree-`degree` polynomial in t interpolating f(centre + t) at
 * the Chebyshev nodes of [−halfWidth, halfWidth]; `f` takes and returns Decimals.
 */
export function chebyshevInterpolant(f, centre, halfWidth, degree) {
  const PI = Decimal.acos(-1);
  const nodes = Array.from({ length: degree + 1 }, (_, i) =>
    new Decimal(halfWidth).mul(
      PI.mul(2 * i + 1)
        .div(2 * (degree + 1))
        .cos(),
    ),
  );
  const M = nodes.map((t) => Array.from({ length: degree + 1 }, (_, p) => t.pow(p)));
  return solve(
    M,
    nodes.map((t) => f(new Decimal(centre).add(t))),
  );
}
