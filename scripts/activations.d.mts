export declare const root: string;
export declare function camelCase(kebab: string): string;
export interface ActivationEntry {
  /** The function's name, which is also its subpath: `leakyRelu` → `rectified/leakyRelu`. */
  name: string;
  /** The kebab-case file name where it differs from `name` (a second subpath), else null. */
  alias: string | null;
  folder: string;
  source: string;
}
export declare function activationEntries(): ActivationEntry[];
/** Entry points that are not activations (rectified/simd). */
export declare function extraEntries(): { name: string; source: string }[];
export declare function exportsMap(): Record<string, unknown>;
export declare function typesVersionsMap(): { '*': Record<string, string[]> };
