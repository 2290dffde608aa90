export declare function runNpm(args: string[], cwd?: string): string;
export declare function staleBuild(): string | null;
export declare function assertFreshBuild(): void;
export declare function packedFiles(): string[];
export declare function packTarball(destDir: string): string;
export declare function unpackTarball(tarball: string, dir: string): string;
export declare function unexpectedPackFiles(paths: string[]): string[];
