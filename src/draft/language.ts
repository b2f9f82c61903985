/**
 * Whether a text is English, by the share of its words that are common English function words
 * (news prose in English: about 40%; French, German, Spanish or Russian: a few percent). A text
 * in another language gets no draft: its names and quotes would be nonsense.
 */
const FUNCTION_WORDS = new Set(
  (
    'the of and to a in that is was he she it for on with as his her at by from they be this ' +
    'have has had not are were but or an which their said who will would been its we i you ' +
    'about after than when also into more there what all one no if so'
  ).split(' '),
);

export function englishProblem(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return `too short to be an article (${words.length} words)`;
  const sample = words.slice(0, 5000);
  const share = sample.filter((w) => FUNCTION_WORDS.has(w)).length / sample.length;
  if (share >= 0.15) return undefined;
  return `not English (only ${(share * 100).toFixed(0)}% of its words are common English words): other languages are unsupported`;
}
