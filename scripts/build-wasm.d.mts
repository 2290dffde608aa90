export declare const moduleFile: string;
export declare const kernelsFile: string;
export declare const ASC_FLAGS: string[];
/** Compiles assembly/index.ts with asc; resolves to the module's bytes. */
export declare function compileWasm(): Promise<Uint8Array>;
/** { name: { innerSize? } } for every kernel the module exports; throws for an unfit export. */
export declare function kernelTable(bytes: Uint8Array): Record<string, { innerSize?: number }>;
export declare function renderModule(bytes: Uint8Array): string;
/** [path, text] of src/simd/wasm-module.generated.ts and src/simd/kernels.generated.ts. */
export declare function generatedFiles(bytes: Uint8Array): [string, string][];
