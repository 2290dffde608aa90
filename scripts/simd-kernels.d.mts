/** Kernel families src/simd never runs in WebAssembly (rows, pairs, groups, object parameters). */
export declare const NOT_ELEMENTWISE: string[];
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
