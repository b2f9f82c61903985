import type { Args, Question } from './questions.js';
import type { ServerKind } from './servers.js';

/** The request body that asks `question` of a server of this kind. */
export function requestBody(kind: ServerKind, question: Question, args: Args): string {
  if (kind === 'raw')
    return JSON.stringify({ question: question.name, params: question.raw.params(args) });
  const side = kind === 'ours' ? question.ours : question.peer;
  return JSON.stringify({ query: side.query, variables: side.variables(args) });
}

/** A server's answer counts only without errors: a fast error is not a fast answer. */
export const answeredWithoutErrors = (body: string) => !body.includes('"errors"');

export async function ask(url: string, body: string): Promise<{ ok: boolean; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  return { ok: response.ok && answeredWithoutErrors(text), body: text };
}
