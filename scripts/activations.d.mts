export declare const root: string;
export declare function activationEntries(): { name: string; source: string }[];
export declare function exportsMap(): Record<string, unknown>;
export declare function typesVersionsMap(): { '*': Record<string, string[]> };
