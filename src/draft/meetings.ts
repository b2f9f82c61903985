import type { DateMention } from './dates.js';
import type { Mention } from './mentions.js';
import type { Span, SpeechFinder } from './speech.js';
import type { Sentence } from './text.js';

/**
 * Candidate meetings: a sentence (or a clause of one) where two or more people "met", "spoke
 * with", "talked to" or "had a conversation", with its date and place. "The first conversation"
 * and "again in an office meeting" take their participants from the conversations the text
 * mentioned before; a denied meeting ("never had meetings with") is not one.
 */
export interface MeetingProposal {
  kind: 'meeting';
  participants: { entity: string; start: number; end: number }[];
  date?: DateMention;
  place?: string;
  evidence: Span;
  sentence: number;
  rule: string;
  /** "Meeting" or "Conversation", for its name. */
  noun: string;
}

const TRIGGER =
  /\b(met|meet|meets|meeting|meetings|spoke\s+(?:with|to)|talked\s+(?:with|to)|talks\s+with|conversations?|phone\s+calls?)\b/i;
const NEGATION = /\b(?:never|not|no|n't|denied|denies|deny|without)\b[^,;]{0,60}$/i;
const ANAPHORA =
  /^(?:the|that|this|a|an)\s+(?:first|second|third|last|latest|earlier|later|other|previous|initial|final|same)?\s*(?:conversation|meeting|encounter|call)\b/i;
const AGAIN = /^(?:and\s+)?again\b/i;
const PLACE =
  /\b(?:at|in|inside|outside)\s+((?:a|an|the|his|her|their)\s+(?:[A-Z][\w’'.-]*\s+)*(?:[a-z]+\s+)?(?:event|office|hotel|restaurant|embassy|residence|conference|convention|dinner|lunch|breakfast|reception|summit|headquarters|building|club|forum|rally|tower|ranch|estate))\b/;

interface Candidate {
  participants: Map<string, { start: number; end: number }>;
  dated: boolean;
}

export function findMeetings(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  dates: DateMention[],
  speech: SpeechFinder,
): MeetingProposal[] {
  const out: MeetingProposal[] = [];
  let antecedent: Candidate | undefined;
  sentences.forEach((sentence, index) => {
    let previous: Candidate | undefined;
    for (const segment of segments(text, sentence)) {
      const words = text.slice(segment.start, segment.end);
      const trigger = TRIGGER.exec(words);
      if (!trigger) {
        previous = undefined;
        continue;
      }
      const triggerAt = segment.start + trigger.index;
      if (
        NEGATION.test(text.slice(segment.start, triggerAt)) ||
        speech.quoteSpans.some((q) => q.start <= triggerAt && triggerAt < q.end)
      )
        continue;
      const participants = new Map<string, { start: number; end: number }>();
      const inherit = (from: Candidate | undefined) =>
        from?.participants.forEach((where, entity) => participants.set(entity, where));
      const lead = words.trimStart();
      let rule = `"${trigger[0]}" with the people named in the same clause`;
      if (AGAIN.test(lead)) {
        inherit(previous);
        rule = `"again": the participants of the clause before`;
      }
      if (ANAPHORA.test(lead.replace(/^and\s+/i, '')) && antecedent) {
        inherit(antecedent);
        rule = `"${ANAPHORA.exec(lead.replace(/^and\s+/i, ''))?.[0]}" refers to the conversations mentioned before`;
      }
      for (const m of mentions)
        if (
          m.kind === 'person' &&
          m.entity &&
          m.start >= segment.start &&
          m.end <= segment.end &&
          !isModifier(m, mentions)
        )
          participants.set(m.entity, participants.get(m.entity) ?? { start: m.start, end: m.end });
      for (const p of words.matchAll(/\b(he|she)\b/gi)) {
        const resolved = speech.resolvePronoun(p[1] ?? '', segment.start + (p.index ?? 0));
        if (resolved.kind === 'entity' && !participants.has(resolved.entity))
          participants.set(resolved.entity, { start: resolved.start, end: resolved.end });
      }
      const date = dateOf(text, dates, segment, triggerAt);
      const candidate = { participants, dated: date !== undefined };
      previous = candidate;
      if (participants.size < 2) continue;
      const plural = /s$/i.test(trigger[1] ?? '') && !/^(?:met|talks)/i.test(trigger[1] ?? '');
      if (plural && !date) {
        // "conversations that he had with Kislyak": what "the first conversation" refers to.
        antecedent = candidate;
        continue;
      }
      const place = PLACE.exec(words)?.[1];
      out.push({
        kind: 'meeting',
        participants: [...participants].map(([entity, where]) => ({ entity, ...where })),
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
        evidence: segment,
        sentence: index,
        rule,
        noun: /conversation|spoke|talk|call/i.test(trigger[1] ?? '') ? 'Conversation' : 'Meeting',
      });
    }
  });
  return out;
}

/**
 * The meeting's date: the first one after its trigger in the clause ("took place … in July
 * 2016"), else one just before it in the same comma-clause ("On Tuesday, X met Y").
 */
function dateOf(
  text: string,
  dates: DateMention[],
  segment: Span,
  trigger: number,
): DateMention | undefined {
  const after = dates.find((d) => d.start >= trigger && d.start < segment.end);
  if (after) return after;
  return dates
    .filter((d) => d.start >= segment.start && d.end <= trigger && trigger - d.end < 60)
    .filter((d) => !/[,;]\s+\S+.*[,;]/.test(text.slice(d.end, trigger)))
    .at(-1);
}

/** "the Trump campaign": a name inside an organisation's name is not a participant. */
const isModifier = (m: Mention, mentions: Mention[]) =>
  mentions.some((o) => o !== m && o.kind === 'org' && o.start <= m.start && m.end < o.end);

/** A sentence's clauses that can each tell of a meeting: split at ", and again", ";". */
function segments(text: string, sentence: Sentence): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = [0];
  for (const m of body.matchAll(/,\s+(?=and\s+again\b)|;\s+/g))
    cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(body.length);
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    let start = sentence.start + (cuts[i] ?? 0);
    let end = sentence.start + (cuts[i + 1] ?? 0);
    while (end > start && /[\s.,;]/.test(text[end - 1] ?? '')) end -= 1;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    if (end > start) out.push({ start, end });
  }
  return out;
}
