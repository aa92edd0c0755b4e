/**
 * A read-only table of strings with few heap objects, for the large lexicons and model feature
 * lists kept for the life of the process (and in the startup snapshot): the keys stay in one
 * string, with an Int32Array of where each starts and an open-addressing hash table over an
 * Int32Array (slot: key index + 1, then the key's hash). A `Map` of the 47 000 Arabic tagger
 * features cost 47 000 string objects (slices of the file's string) and a 1.8 MB backing array:
 * about 100 000 heap objects for every major garbage collection to trace and every start from the
 * snapshot to deserialise; this costs three objects. A look-up hashes the key (one pass over its
 * characters, FNV-1a over UTF-16 code units) and compares the characters of the candidate in place.
 * Arabic keys are kept in the one-byte form of src/text/one-byte.ts when they can be (half the
 * bytes); a query is then hashed and compared through the same mapping.
 */
import { charOf, fromOneByte, oneByteForm, unitOf } from './one-byte.js';

export interface StringTable {
  /** Number of keys (distinct keys: a repeated key counts once, as in a Map). */
  readonly size: number;
  /** Number of indices (keys with their repeats): indices run from 0 to count - 1. */
  readonly count: number;
  /** The index of `key` (its last occurrence), or undefined. */
  get(key: string): number | undefined;
  has(key: string): boolean;
  /** The key at index i (a new string). */
  key(i: number): string;
  /** The code unit j of the key at index i (as in `key(i)`; NaN past its end), without making the key. */
  keyCodeAt(i: number, j: number): number;
  /** Keys in index order (a repeated key at its last index only). */
  keys(): IterableIterator<string>;
  /** [key, index] in index order (a repeated key at its last index only). */
  entries(): IterableIterator<[string, number]>;
  [Symbol.iterator](): IterableIterator<[string, number]>;
}

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** FNV-1a over the one-byte codes (`unitOf`) of s (callers check first that every character has one). */
function mappedHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ unitOf(s.charCodeAt(i)), 0x01000193);
  }
  return h | 0;
}

/**
 * A table over `keys`, whose key i is keys[starts[i], starts[i + 1] - gap): gap = 1 when the keys
 * are joined by one separator character, 0 when they are concatenated.
 */
function build(keys: string, starts: Int32Array, count: number, gap: number): StringTable {
  // Arabic keys: one byte a character (offsets are unchanged: one code for one code)
  const oneByte = oneByteForm(keys);
  const text = oneByte ?? keys;
  const mapped = oneByte !== null;
  // load factor at most 3/4 (linear probing stays short: the hash is compared before the text)
  let cap = 8;
  while (cap * 3 < count * 4) cap *= 2;
  const mask = cap - 1;
  // slot s: table[2s] = key index + 1 (0: empty), table[2s + 1] = the key's hash
  const table = new Int32Array(cap * 2);
  let size = 0;
  for (let i = 0; i < count; i++) {
    const a = starts[i]!;
    const b = starts[i + 1]! - gap;
    const h = hashRange(text, a, b);
    let s = h & mask;
    for (;;) {
      const k = table[2 * s]!;
      if (k === 0) {
        table[2 * s] = i + 1;
        table[2 * s + 1] = h;
        size++;
        break;
      }
      if (table[2 * s + 1] === h && sameRange(text, starts[k - 1]!, starts[k]! - gap, text, a, b)) {
        table[2 * s] = i + 1; // a repeated key: the last one wins, as Map.set does
        break;
      }
      s = (s + 1) & mask;
    }
  }
  const find = (key: string): number => {
    const n = key.length;
    let h: number;
    if (mapped) {
      for (let j = 0; j < n; j++) if (unitOf(key.charCodeAt(j)) < 0) return -1; // in no key
      h = mappedHash(key);
    } else h = hashRange(key, 0, n);
    let s = h & mask;
    for (;;) {
      const k = table[2 * s]!;
      if (k === 0) return -1;
      if (table[2 * s + 1] === h) {
        const a = starts[k - 1]!;
        if (starts[k]! - gap - a === n) {
          let j = 0;
          if (mapped) while (j < n && text.charCodeAt(a + j) === unitOf(key.charCodeAt(j))) j++;
          else while (j < n && text.charCodeAt(a + j) === key.charCodeAt(j)) j++;
          if (j === n) return k - 1;
        }
      }
      s = (s + 1) & mask;
    }
  };
  const keyAt = (i: number): string => (mapped ? fromOneByte(text, starts[i]!, starts[i + 1]! - gap) : text.slice(starts[i]!, starts[i + 1]! - gap));
  function* entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < count; i++) {
      const k = keyAt(i);
      if (size === count || find(k) === i) yield [k, i];
    }
  }
  return {
    size,
    count,
    get(key: string): number | undefined {
      const i = find(key);
      return i < 0 ? undefined : i;
    },
    has: (key: string): boolean => find(key) >= 0,
    key: keyAt,
    keyCodeAt(i: number, j: number): number {
      const a = starts[i]! + j;
      if (j < 0 || a >= starts[i + 1]! - gap) return NaN;
      const u = text.charCodeAt(a);
      return mapped && u >= 0x80 ? charOf(u) : u;
    },
    *keys(): IterableIterator<string> {
      for (const [k] of entries()) yield k;
    },
    entries,
    [Symbol.iterator]: entries,
  };
}

function sameRange(s: string, a: number, b: number, t: string, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let j = 0; j < b - a; j++) if (s.charCodeAt(a + j) !== t.charCodeAt(c + j)) return false;
  return true;
}

/**
 * The table of the keys of `text` separated by the character `sep` (key i = the i-th piece of
 * `text.split(sep)`; an empty text has no keys), kept in `text` itself: nothing is copied.
 */
export function tableOfJoined(text: string, sep: string): StringTable {
  if (text.length === 0) return build(text, new Int32Array(1), 0, 1);
  let count = 1;
  for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) starts[k++] = i + 1;
  starts[count] = text.length + 1;
  return build(text, starts, count, 1);
}

/** The table of `keys` (index = position in the array), kept as one concatenated string. */
export function tableOfKeys(keys: readonly string[]): StringTable {
  const starts = new Int32Array(keys.length + 1);
  let p = 0;
  for (let i = 0; i < keys.length; i++) {
    starts[i] = p;
    p += keys[i]!.length;
  }
  starts[keys.length] = p;
  return build(keys.join(''), starts, keys.length, 0);
}

/**
 * A read-only copy of a string-keyed Map (same keys, values and iteration order) kept as a
 * string table and one array of values: no key string and no hash-table entry per key in the heap.
 */
export function compactMap<V>(map: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  const table = tableOfKeys([...map.keys()]);
  const values = [...map.values()];
  const self: ReadonlyMap<string, V> = {
    size: values.length,
    get(key: string): V | undefined {
      const i = table.get(key);
      return i === undefined ? undefined : values[i];
    },
    has: (key: string): boolean => table.has(key),
    *entries(): IterableIterator<[string, V]> {
      for (let i = 0; i < values.length; i++) yield [table.key(i), values[i]!];
    },
    *keys(): IterableIterator<string> {
      for (let i = 0; i < values.length; i++) yield table.key(i);
    },
    values: () => values[Symbol.iterator](),
    forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
      for (let i = 0; i < values.length; i++) fn.call(thisArg, values[i]!, table.key(i), self);
    },
    [Symbol.iterator]: () => self.entries(),
  };
  return self;
}

/** A read-only copy of a Set of strings (same members and order) kept as a string table. */
export function compactSet(set: ReadonlySet<string>): ReadonlySet<string> {
  const table = tableOfKeys([...set]);
  const n = table.count;
  function* keys(): IterableIterator<string> {
    for (let i = 0; i < n; i++) yield table.key(i);
  }
  const self: ReadonlySet<string> = {
    size: n,
    has: (key: string): boolean => table.has(key),
    keys,
    values: keys,
    *entries(): IterableIterator<[string, string]> {
      for (const k of keys()) yield [k, k];
    },
    forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
      for (const k of keys()) fn.call(thisArg, k, k, self);
    },
    [Symbol.iterator]: keys,
  };
  return self;
}

/**
 * A read-only stand-in for a large plain object of numbers (a JSON table such as word → count)
 * with few heap objects: reads (`obj[key]`, `key in obj`, Object.keys/entries, JSON.stringify)
 * give what the plain object gives, keys the table lacks falling through to Object.prototype as
 * they would. Writes are refused (strict mode: a TypeError). Property reads go through a Proxy
 * trap, slower than a plain object's: for tables read now and then, not in an inner loop.
 */
export function compactNumberRecord(record: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  const keys = Object.keys(record);
  const table = tableOfKeys(keys);
  const values = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) values[i] = record[keys[i]!]!;
  const own = (key: string | symbol): number => (typeof key === 'string' ? (table.get(key) ?? -1) : -1);
  return new Proxy({} as Record<string, number>, {
    get(target, key, receiver) {
      const i = own(key);
      return i >= 0 ? values[i] : Reflect.get(target, key, receiver);
    },
    has: (target, key) => own(key) >= 0 || Reflect.has(target, key),
    ownKeys: () => [...table.keys()],
    getOwnPropertyDescriptor(_target, key) {
      const i = own(key);
      return i >= 0 ? { value: values[i], writable: false, enumerable: true, configurable: true } : undefined;
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
