/**
 * Rules for the strings that identify things: ids, names and aliases. They are indexed by Neo4j
 * (whose range-index keys hold about 8 kB) and read by people, who must be able to tell two
 * names apart by looking at them.
 */

/** Longest id, in characters (UTF-16 code units): ids are index keys and parts of evidence ids. */
export const MAX_ID_LENGTH = 200;
/** Longest name, alias or title: at most 3 bytes a character in UTF-8, well under Neo4j's 8 kB key. */
export const MAX_NAME_LENGTH = 500;
/** Longest evidence quote: a quote is a sentence or two of a report, copied onto relationships. */
export const MAX_QUOTE_LENGTH = 2000;

/**
 * Characters that change how a string reads without being seen: those Unicode says to render as
 * nothing (Default_Ignorable_Code_Point: zero-width characters, soft hyphen, variation selectors,
 * tags, the Hangul filler; a zero-width space makes "Jeff Sessions" a different name that looks
 * the same) and bidirectional controls (which reorder what is displayed, so the text shown is not
 * the text stored). Unicode's own properties, so no character is missed by a hand-kept list.
 */
const INVISIBLE = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;

/** Why the string may not name anything, or undefined when it may. */
export function invisibleCharacterProblem(value: string): string | undefined {
  const match = INVISIBLE.exec(value);
  if (!match) return undefined;
  const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `contains the invisible character U+${code} at position ${match.index}: invisible (zero-width, ignorable) and bidirectional control characters are not allowed in ids, names and aliases; delete it`;
}

/**
 * What a name looks like to a reader: compatibility forms unified (NFKC: a non-breaking space is
 * a space, "ﬁ" is "fi"), case folded, accents removed, spacing collapsed. Two different names
 * with the same look-alike key are probably the same name written twice, or an impostor.
 */
export function lookAlikeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\p{Cf}]+/gu, ' ')
    .trim();
}
