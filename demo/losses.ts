// Losses written in the demo (not part of the library): softmax cross-entropy for classification
// and mean squared error for regression. Each returns the mean loss over the rows (summed in
// float64) and, when `grad` is given, writes ∂loss/∂output into it (rows × outputDim).

/**
 * Mean softmax cross-entropy of `logits` (rows × classes) against `labels` (one per row), with
 * grad = (softmax − onehot) / rows; also counts the rows whose argmax is the label.
 */
export function softmaxCrossEntropy(
  logits: Float32Array,
  labels: Uint8Array,
  classes: number,
  rows: number,
  grad: Float32Array | null,
): { loss: number; correct: number } {
  let loss = 0;
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * classes;
    let max = logits[o];
    let arg = 0;
    for (let c = 1; c < classes; c++) {
      if (logits[o + c] > max) {
        max = logits[o + c];
        arg = c;
      }
    }
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logits[o + c] - max);
    const label = labels[r];
    if (arg === label) correct++;
    loss += Math.log(sum) - (logits[o + label] - max);
    if (grad) {
      for (let c = 0; c < classes; c++) grad[o + c] = (Math.exp(logits[o + c] - max) / sum - (c === label ? 1 : 0)) / rows;
    }
  }
  return { loss: loss / rows, correct };
}

/** (1/rows)·Σ_r ‖y_r − t_r‖² over rows × dim outputs; grad = 2(y − t)/rows. */
export function meanSquaredError(y: Float32Array, targets: Float32Array, dim: number, rows: number, grad: Float32Array | null): number {
  let loss = 0;
  for (let i = 0, n = rows * dim; i < n; i++) {
    const e = y[i] - targets[i];
    loss += e * e;
    if (grad) grad[i] = (2 * e) / rows;
  }
  return loss / rows;
}
