/**
 * A URI fit to print: any user information (`neo4j://user:secret@host`) is replaced by `***`.
 * Greedy up to the last `@`, so a password holding `@` or `/` is hidden whole; a URI that is
 * not well formed (no scheme, `user:secret@host`; or `neo4j:/u:p@h`) is redacted all the same,
 * never echoed with its secret: the scheme is kept only when `://` follows it.
 */
export function redactUri(uri: string): string {
  return uri.replace(/^((?:[^:/?#@]*:\/\/)?)[^]*@/, '$1***@');
}
