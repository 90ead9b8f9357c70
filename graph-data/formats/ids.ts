// Deterministic ids for imported records: FNV-1a hashing, slugs and safe-id fallbacks, in pure TS
// (graph-data has no crypto), so the same foreign file always yields the same ids.
import { isValidId } from '../model/errors.ts';

/** 64 bits of FNV-1a-style hashing as 16 hex digits: two 32-bit lanes with different seeds and primes. */
export function fnv1aHex(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Lowercase ASCII slug: accents folded, every other run of characters collapsed to one hyphen. */
export function slugify(text: string, max = 64): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.length > max ? slug.slice(0, max).replace(/-+$/, '') : slug;
}

/** The first 12 hex digits of the caller's sha256, or a hash of what we have when it is not hex. */
export function shortFileHash(sha256: string, fileName: string): string {
  const hex = sha256.trim().toLowerCase();
  return /^[0-9a-f]{12}/.test(hex) ? hex.slice(0, 12) : fnv1aHex(`${fileName}\u0000${sha256}`).slice(0, 12);
}

/** Hands out ids that are valid and unique, hashing whatever is not. */
export class IdAllocator {
  private readonly used = new Set<string>();

  reserve(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** The first valid, unused candidate; else `prefix-<hash of seed>`, suffixed until unused. */
  take(wanted: string | null | readonly (string | null)[], prefix: string, seed: string): string {
    const candidates = typeof wanted === 'string' || wanted === null ? [wanted] : wanted;
    for (const c of candidates) {
      if (c !== null && !this.used.has(c) && isValidId(c)) {
        this.used.add(c);
        return c;
      }
    }
    const base = `${prefix}-${fnv1aHex(seed)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
