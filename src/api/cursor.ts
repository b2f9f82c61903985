import { badInput } from './errors.js';

/** Opaque cursors: the sort key and id of the last item seen (keyset pagination: stable under inserts). */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): {
  afterKey: string | null;
  afterId: string | null;
} {
  if (!after) return { afterKey: null, afterId: null };
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === 'string')
    ) {
      return { afterKey: value[0] as string, afterId: value[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'is not a cursor from this API: pass a pageInfo.endCursor unchanged.');
}
