/** Kernel families that are not elementwise (rows, pairs, groups, object parameters). */
export declare const NOT_ELEMENTWISE: string[];
/** The row-wise families src/simd/rows.ts runs in WebAssembly: 'rows' or 'reduce' (one value per row or group). */
export declare const ROWWISE: Readonly<Record<string, 'rows' | 'reduce'>>;
export interface JsKernel {
  arrays: number;
  params: { name: string; text: string; type: string }[];
  doc: string;
  where: string;
}
export declare function jsKernels(): { kernels: Map<string, JsKernel>; exported: Set<string> };
export declare function assertWrappable(name: string, kernel: JsKernel): void;
export declare function renderKernels(wasm: string[]): string;
export declare function minLength(): number;
