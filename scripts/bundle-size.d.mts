export interface Size {
  bytes: number;
  gzip: number;
}
export interface FunctionSizes {
  /** The scalar function, e.g. 'relu', 'geluTanh'. */
  name: string;
  /** Its subpath (folder) name, e.g. 'gelu' for geluTanh. */
  subpath: string;
  /** `export { f } from 'rectified'`, minified; code is the minified bundle. */
  scalar: Size & { code: string };
  /** Function declarations in the scalar bundle built without identifier minification. */
  scalarFunctions: string[];
  /** The scalar bundle built without identifier minification. */
  scalarCode: string;
  viaSubpath: { bytes: number };
  /** f, fDerivative, fF32, fDerivativeF32, fBackwardF32 from 'rectified'. */
  fiveForms: Size;
}
export interface SubpathSizes extends Size {
  subpath: string;
  exports: number;
}
export interface Measurements {
  functions: FunctionSizes[];
  subpaths: SubpathSizes[];
  whole: Size;
}
export declare const docFile: string;
export declare function bundle(
  dir: string,
  contents: string,
  options?: { keepNames?: boolean },
): Promise<{ code: string; bytes: number; gzip: number }>;
export declare function declaredFunctions(code: string): string[];
export declare function measureBundles(dir: string): Promise<Measurements>;
export declare function renderDoc(m: Measurements): string;
export declare function withoutGzip(text: string): string;
export declare function installPacked(): [string, () => void];
