import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EXAMPLES } from './examples.js';

/** What the headers pane holds when the API needs a token: the header to complete, not a token. */
const TOKEN_PLACEHOLDER = 'Bearer <paste your token here>';

const TOKEN_NOTE =
  '# This API needs a token: in the Headers pane below, replace the placeholder with\n' +
  '# your token ("Authorization": "Bearer <token>"), then run.\n';

/**
 * The explorer page: GraphiQL, bundled inside the npm package and inlined in the page, so it
 * works with no network and asks nothing of any CDN. Each analyst question is a tab. When the
 * API needs a token, every tab opens with its Headers pane showing the Authorization header.
 */
export function explorerPage(endpoint: string, tokenRequired = false): string {
  const note = tokenRequired ? TOKEN_NOTE : '';
  const headers = tokenRequired
    ? JSON.stringify({ Authorization: TOKEN_PLACEHOLDER }, null, 2)
    : undefined;
  return renderGraphiQL({
    title: 'Testimony explorer',
    endpoint,
    defaultQuery: EXAMPLES[0]?.query ?? '',
    defaultTabs: EXAMPLES.map((example) => ({
      query: `${note}# ${example.title}\n${example.query}`,
      ...(headers ? { headers } : {}),
    })),
    ...(headers
      ? {
          defaultHeaders: headers,
          defaultEditorToolsVisibility: 'headers' as const,
          // A token is a secret: not kept in the browser's storage after the page is closed.
          shouldPersistHeaders: false,
        }
      : {}),
  });
}

/**
 * The Content-Security-Policy directives of the explorer page (for helmet). Its inline scripts
 * are allowed by their hashes, so an injected script would not run; GraphiQL's Monaco editor
 * starts its workers from blob: URLs and sets inline styles, and the page talks only to us.
 */
export function explorerPolicy(html: string): Record<string, string[]> {
  return {
    defaultSrc: ["'none'"],
    scriptSrc: inlineScriptHashes(html),
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  };
}

/** 'sha256-…' of each inline <script> element, as a browser delimits it (up to the first </script). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  const lower = html.toLowerCase();
  const open = /<script\b[^>]*>/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const start = match.index + match[0].length;
    const end = lower.indexOf('</script', start);
    if (end < 0) break;
    const digest = createHash('sha256').update(html.slice(start, end)).digest('base64');
    hashes.push(`'sha256-${digest}'`);
    open.lastIndex = end;
  }
  return hashes;
}
