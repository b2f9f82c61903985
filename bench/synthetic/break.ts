import { readFile, writeFile } from 'node:fs/promises';

export interface BrokenReference {
  /** The JSON path of the broken reference, as a problem report names it. */
  path: string;
  /** Where the broken value starts in the written text (a string index). */
  offset: number;
  id: string;
}

/**
 * Copies a generated dataset with one mistake: the last statement's speaker becomes an id that no
 * entry has. `indent` re-indents the copy, so that the mistake sits on a line of its own.
 */
export async function breakLastSpeaker(
  file: string,
  out: string,
  indent?: number,
): Promise<BrokenReference> {
  const data = JSON.parse(await readFile(file, 'utf8')) as { statements: { speaker: string }[] };
  const index = data.statements.length - 1;
  const last = data.statements[index];
  if (last === undefined) throw new Error(`${file} has no statement to break`);
  const id = 'person:nobody-has-this-id';
  last.speaker = id;
  const text = JSON.stringify(data, null, indent);
  await writeFile(out, text);
  const offset = text.lastIndexOf(`"${id}"`);
  return { path: `$.statements[${index}].speaker`, offset, id };
}

/** The 1-based line and column of a string index, as problem reports count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
