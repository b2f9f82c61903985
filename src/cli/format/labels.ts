/** How a node is shown: its name, title or text (shortened), falling back to its id. */
export function labelOf(node: Record<string, unknown> | null | undefined, max = 60): string {
  if (!node) return '';
  const text =
    [node.name, node.title, node.text].find(
      (value): value is string => typeof value === 'string',
    ) ?? String(node.id);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function dateOf(
  date:
    | { value?: string; precision?: string; text?: string | null; inferred?: boolean }
    | null
    | undefined,
): string {
  if (!date?.value) return '';
  const words = date.text
    ? ` ("${date.text}"${date.inferred ? ', inferred' : ''})`
    : date.inferred
      ? ' (inferred)'
      : '';
  return `${date.value}${words}`;
}

export function firstQuote(evidence: { quote: string }[] | undefined, max = 90): string {
  const quote = evidence?.[0]?.quote ?? '';
  return quote.length > max ? `“${quote.slice(0, max - 1)}…”` : quote ? `“${quote}”` : '';
}

type Attributed = { citationChains?: readonly { attribution: string }[] } | null | undefined;

/**
 * Who said it, as the CLI shows it: the words of a cited source carry their chain of citations
 * ("The Morning Ledger (as reported by Fixture Wire)"); anyone else keeps their own label.
 */
export function speakerOf(label: string, statement: Attributed): string {
  const chains = statement?.citationChains ?? [];
  return chains.length > 0 ? chains.map((chain) => chain.attribution).join('; ') : label;
}

/** A statement's text, led by its chain of citations when a cited source said it. */
export function attributedText(text: string, statement: Attributed): string {
  const chains = statement?.citationChains ?? [];
  return chains.length > 0 ? `${speakerOf('', statement)}: ${text}` : text;
}
