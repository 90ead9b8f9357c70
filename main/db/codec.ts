// Row <-> record conversions shared by the repos: JSON columns and nullable fields.
export function toJson(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) return null;
  return JSON.stringify(v);
}

export function fromJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
