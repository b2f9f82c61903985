import { TestimonyError } from '../errors.js';

const HASH = /^[0-9a-f]{64}$/;
const HINT =
  'List hashes, not tokens: `testimony token` makes a token and prints the hash to configure.';

/**
 * A secret as an error may show it: enough to recognise which value is meant (its first four
 * characters, and only of a long one), never enough to use it.
 */
export function secretPrefix(value: string): string {
  return value.length >= 16 ? `${value.slice(0, 4)}…` : '…';
}

/**
 * SHA-256 hashes from a comma- or newline-separated text; `#` starts a comment. The one check
 * of TESTIMONY_API_TOKEN_HASHES and of TESTIMONY_API_TOKENS_FILE alike. `where` names the
 * variable or file in the error, with the line number; a wrong item (a pasted token, most
 * likely) is shown by its prefix only.
 */
export function parseTokenHashes(text: string, where: string): string[] {
  const hashes: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const item of line.replace(/#.*/, '').split(',')) {
      const hash = item.trim().toLowerCase();
      if (hash === '') continue;
      if (!HASH.test(hash))
        throw new TestimonyError(
          'CONFIG_INVALID',
          `${where}, line ${index + 1}: "${secretPrefix(item.trim())}" is not a SHA-256 hash (64 hex digits).`,
          { hint: HINT },
        );
      hashes.push(hash);
    }
  });
  return hashes;
}

/** Why `text` is not a list of hashes (with what to do), or undefined if it is one. */
export function tokenHashesProblem(text: string, where: string): string | undefined {
  try {
    parseTokenHashes(text, where);
    return undefined;
  } catch (error) {
    if (!(error instanceof TestimonyError)) throw error;
    return `${error.message} ${error.hint ?? ''}`.trim();
  }
}
