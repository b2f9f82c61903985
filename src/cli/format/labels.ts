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

/** A claimant as the operations select it (the Claimant fragment). */
interface Claimant {
  id: string;
  speaker: Record<string, unknown>;
}

/**
 * How a claim reads in a table, e.g. `claim (by Sarah Isgur Flores, statement:…): over 25`.
 * A recorded fact gives '' (or `count: …` when the report counts it, or `also claimed (by …)`
 * when someone's statement claims it besides the record): a claim never looks like a fact.
 */
export function claimNote(
  isClaim: boolean,
  claimedBy: readonly Claimant[],
  counts: readonly (string | null | undefined)[],
): string {
  const by = claimedBy.map((s) => `${labelOf(s.speaker, 40)}, ${s.id}`).join('; ');
  const count = counts.filter((c): c is string => typeof c === 'string' && c !== '').join('; ');
  const tail = count ? `: ${count}` : '';
  if (isClaim) return `claim${by ? ` (by ${by})` : ''}${tail}`;
  if (by) return `also claimed (by ${by})${tail}`;
  return count ? `count: ${count}` : '';
}

/** A cell's text with the claim note on a line of its own below it. */
export function withNote(text: string, note: string): string {
  return note ? `${text}\n${note}` : text;
}
