// The WebAssembly JavaScript API for the tests, typed here: the project compiles against lib
// ES2022 without DOM, which is where TypeScript declares WebAssembly (src/simd/runtime.ts types
// its own subset the same way).
export interface Descriptor {
  name: string;
  kind: string;
}
export type WasmModule = object;
export interface WasmInstance {
  exports: Record<string, unknown>;
}
export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<WasmInstance>;
  Module: { new (bytes: Uint8Array): WasmModule; imports(m: WasmModule): Descriptor[]; exports(m: WasmModule): Descriptor[] };
  Instance: new (module: WasmModule, imports: object) => WasmInstance;
}

export const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
