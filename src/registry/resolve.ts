// Name lookup: a framework prefix selects one table; a bare name is rectified's own function name
// first, else a framework name on which every framework that has it agrees. Exact spelling first,
// then a case-insensitive match that is unambiguous the same way; otherwise a RangeError with the
// closest names.
import { FUNCTIONS } from './functions.js';
import { NAMES, type NameEntry, PREFIXES, UNSUPPORTED } from './names.js';
import type { Framework } from './types.js';

/** A name found: rectified's own (entry null) or a framework entry. */
export interface Found {
  entry: NameEntry | null;
  canonical: string;
}

interface Candidate extends Found {
  /** the name as a table holds it */
  local: string;
  fw: Framework | null;
}

let candidates: Candidate[] | undefined;

function all(): Candidate[] {
  if (candidates === undefined) {
    candidates = Object.keys(FUNCTIONS).map((canonical) => ({ entry: null, canonical, local: canonical, fw: null }));
    for (const entry of NAMES) {
      for (const local of entry.names) candidates.push({ entry, canonical: entry.fn, local, fw: entry.fw });
    }
  }
  return candidates;
}

/** What a name binds, as a string: two candidates with the same one are the same activation. */
function meaning(c: Candidate): string {
  const e = c.entry;
  return JSON.stringify([c.canonical, e?.set ?? {}, e?.kinks ?? [], e?.variant?.fns ?? []]);
}

/** A candidate as the error messages list it: `torch:leaky_relu → leakyRelu(negativeSlope = 0.2)`. */
function shown(c: Candidate): string {
  const set = Object.entries(c.entry?.set ?? {}).map(([k, v]) => `${k} = ${v === null ? 'required' : v}`);
  const kinks = (c.entry?.kinks ?? []).map(([x, d]) => `f′(${x}) = ${d}`);
  const what = [...set, ...kinks].join(', ');
  return `${c.fw === null ? '' : `${c.fw}:`}${c.local} → ${c.canonical}${what === '' ? '' : `(${what})`}`;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), on lower case. */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The names of `pool` nearest to `name` (at most 2 edits, all those at the least distance). */
function closest(name: string, pool: readonly string[]): string[] {
  let best = 3;
  let found: string[] = [];
  // One spelling per name up to case: the first the tables list (functional before class names).
  const seen = new Map<string, string>();
  for (const n of pool) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  for (const n of seen.values()) {
    const d = distance(name, n);
    if (d < best) {
      best = d;
      found = [n];
    } else if (d === best) found.push(n);
  }
  return found.sort().slice(0, 8);
}

/** One meaning among `found`, or a RangeError listing them; rectified's own name wins a tie. */
function decide(name: string, found: Candidate[]): Candidate {
  const own = found.find((c) => c.fw === null);
  const meanings = new Set(found.map(meaning));
  if (own !== undefined && (found.length === 1 || meanings.size === 1 || own.local === name)) return own;
  if (meanings.size === 1) return found[0]!;
  throw new RangeError(
    `activation '${name}' is ambiguous: ${found.map(shown).join('; ')}; prefix it with its framework (e.g. '${found.find((c) => c.fw !== null)!.fw}:${found.find((c) => c.fw !== null)!.local}')`,
  );
}

/** The function and framework entry `name` stands for; RangeError if none or ambiguous. */
export function find(name: string): Found & { fw: Framework | null } {
  const colon = name.indexOf(':');
  let scope = all();
  let local = name;
  let prefix = '';
  if (colon >= 0) {
    const fw = PREFIXES[name.slice(0, colon).toLowerCase()];
    if (fw === undefined) {
      throw new RangeError(
        `unknown framework '${name.slice(0, colon)}' in activation '${name}'; the prefixes are ${Object.keys(PREFIXES).join(', ')}`,
      );
    }
    local = name.slice(colon + 1);
    prefix = `${name.slice(0, colon)}:`;
    scope = scope.filter((c) => c.fw === fw);
    const unsupported = UNSUPPORTED.find((u) => u.fw === fw && u.names.includes(local));
    if (unsupported !== undefined) throw new RangeError(`activation '${name}' is not supported: ${unsupported.why}`);
  } else {
    const unsupported = UNSUPPORTED.find((u) => u.names.includes(local));
    if (unsupported !== undefined && !scope.some((c) => c.local === local)) {
      throw new RangeError(`activation '${name}' (${unsupported.fw}) is not supported: ${unsupported.why}`);
    }
  }
  const exact = scope.filter((c) => c.local === local);
  const lower = local.toLowerCase();
  const found = exact.length > 0 ? exact : scope.filter((c) => c.local.toLowerCase() === lower);
  if (found.length > 0) {
    const c = decide(name, found);
    return { entry: c.entry, canonical: c.canonical, fw: c.fw };
  }
  const near = closest(
    local,
    scope.map((c) => c.local),
  ).map((n) => `'${prefix}${n}'`);
  throw new RangeError(
    `unknown activation '${name}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : '; activationNames() lists the names'}`,
  );
}

/** Every name `find` resolves with a prefix, and rectified's own names: the list activationNames() returns. */
export function allNames(): string[] {
  return all().map((c) => (c.fw === null ? c.local : `${c.fw}:${c.local}`));
}
