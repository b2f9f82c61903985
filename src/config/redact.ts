/**
 * A URI fit to print: any user information (`neo4j://user:secret@host`) is replaced by `***`.
 * Greedy up to the last `@`, so a password holding `@` or `/` is hidden whole; a URI that is
 * not well formed is redacted all the same, never echoed with its secret.
 */
export function redactUri(uri: string): string {
  return uri.replace(/^([^:/?#]*:\/\/)[^]*@/, '$1***@');
}
