import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EXAMPLES } from './examples.js';

/** What the headers pane holds when the API needs a token: the header to complete, not a token. */
export const TOKEN_PLACEHOLDER = 'Bearer <paste your token here>';

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
