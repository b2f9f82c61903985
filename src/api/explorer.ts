import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EXAMPLES } from './examples.js';

/**
 * The explorer page: GraphiQL, bundled inside the npm package and inlined in the page, so it
 * works with no network and asks nothing of any CDN. Each analyst question is a tab.
 */
export function explorerPage(endpoint: string): string {
  return renderGraphiQL({
    title: 'Testimony explorer',
    endpoint,
    defaultQuery: EXAMPLES[0]?.query ?? '',
    defaultTabs: EXAMPLES.map((example) => ({ query: `# ${example.title}\n${example.query}` })),
  });
}
