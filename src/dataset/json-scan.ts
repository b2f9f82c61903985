/**
 * A streaming scan of JSON text that holds only the stack of open containers, never the values:
 * it finds where given JSON paths start (line, column) and where the first syntax error is. A
 * 100 MB dataset's document model takes gigabytes; this takes the size of one read chunk.
 */

export interface Location {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** The wanted paths as a tree: a value off every wanted path costs one failed lookup. */
class PathTree {
  readonly children = new Map<PropertyKey, PathTree>();
  at: Location | undefined;

  static of(paths: readonly (readonly PropertyKey[])[]): PathTree {
    const root = new PathTree();
    for (const path of paths) {
      let node = root;
      for (const key of path) {
        const child = node.children.get(key) ?? new PathTree();
        node.children.set(key, child);
        node = child;
      }
    }
    return root;
  }

  /** Where the path starts, or else its nearest parent that the text holds. */
  find(path: readonly PropertyKey[]): Location | undefined {
    let found = this.at;
    let children = this.children;
    for (const key of path) {
      const node = children.get(key);
      if (node === undefined) break;
      found = node.at ?? found;
      children = node.children;
    }
    return found;
  }
}

interface Frame {
  array: boolean;
  index: number;
  /** This container's node among the wanted paths; undefined when it is on none. */
  tree: PathTree | undefined;
}

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'done';

const LITERAL = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)$/;
const isLiteralChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 45 ||
  c === 43 ||
  c === 46;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const ESCAPES = new Set('"\\/bfnrtu');
const shown = (char: string) => JSON.stringify(char);

/** Fed chunk by chunk (a token may span two); throws JsonSyntaxError at the first error. */
class JsonScanner {
  private line = 1;
  private lineStart = 0;
  private offset = 0;
  private expect: Expect = 'value';
  private readonly stack: Frame[] = [];
  /** The string being read: a key's raw text is kept only when it may lead to a wanted path. */
  private string: { key: boolean; raw: string | undefined; escape: boolean } | undefined;
  private literal: { text: string; at: Location } | undefined;
  private key: string | undefined;
  /** Before the first character: a byte-order mark there is skipped, not counted as a column. */
  private atStart = true;

  constructor(private readonly root: PathTree | undefined) {}

  feed(chunk: string): void {
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk.charCodeAt(i);
      if (this.atStart) {
        this.atStart = false;
        // JSON.parse sees the text without it (TextDecoder drops it), so lines must too.
        if (c === 0xfeff) continue;
      }
      if (this.string) this.inString(c, chunk.charAt(i));
      else if (this.literal && isLiteralChar(c)) this.literal.text += chunk.charAt(i);
      else {
        if (this.literal) this.endLiteral();
        if (!isSpace(c)) this.structural(c, chunk.charAt(i));
      }
      if (c === 10) {
        this.line += 1;
        this.lineStart = this.offset + 1;
      }
      this.offset += 1;
    }
  }

  end(): void {
    if (this.string) this.fail('unterminated string at the end of the file');
    if (this.literal) this.endLiteral();
    if (this.expect !== 'done') this.fail('unexpected end of the file');
  }

  private here(): Location {
    return { line: this.line, column: this.offset - this.lineStart + 1 };
  }

  private fail(message: string, at: Location = this.here()): never {
    throw new JsonSyntaxError(message, at.line, at.column);
  }

  private structural(c: number, char: string): void {
    switch (this.expect) {
      case 'value-or-end':
        if (c === 93) return this.close(char);
        return this.startValue(c, char);
      case 'value':
        return this.startValue(c, char);
      case 'key-or-end':
        if (c === 125) return this.close(char);
        return this.startKey(c, char);
      case 'key':
        return this.startKey(c, char);
      case 'colon':
        if (c !== 58) this.fail(`expected ":" after the key, found ${shown(char)}`);
        this.expect = 'value';
        return;
      case 'comma-or-end':
        if (c === 44) this.expect = this.top()?.array ? 'value' : 'key';
        else if (c === 93 || c === 125) this.close(char);
        else this.fail(`expected "," or "${this.top()?.array ? ']' : '}'}", found ${shown(char)}`);
        return;
      case 'done':
        this.fail(`unexpected ${shown(char)} after the end of the document`);
    }
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private startKey(c: number, char: string): void {
    if (c !== 34) this.fail(`expected a key in double quotes, found ${shown(char)}`);
    this.string = { key: true, raw: this.top()?.tree ? '' : undefined, escape: false };
  }

  /** A value starts here: if it is on a wanted path, this is where that path is. */
  private startValue(c: number, char: string): void {
    const parent = this.top();
    const tree = parent
      ? parent.tree?.children.get(parent.array ? parent.index++ : (this.key ?? ''))
      : this.root;
    // A repeated key keeps its last value in JSON.parse: so does its location.
    if (tree) tree.at = this.here();
    if (c === 123 || c === 91) {
      this.stack.push({ array: c === 91, index: 0, tree });
      this.expect = c === 91 ? 'value-or-end' : 'key-or-end';
    } else if (c === 34) this.string = { key: false, raw: undefined, escape: false };
    else if (isLiteralChar(c)) this.literal = { text: char, at: this.here() };
    else this.fail(`unexpected ${shown(char)} where a value should be`);
  }

  private close(char: string): void {
    const frame = this.stack.pop();
    if (frame === undefined || frame.array !== (char === ']'))
      this.fail(`unexpected ${shown(char)}`);
    this.afterValue();
  }

  private afterValue(): void {
    this.expect = this.stack.length === 0 ? 'done' : 'comma-or-end';
  }

  private inString(c: number, char: string): void {
    const string = this.string;
    if (string === undefined) return;
    if (c < 32)
      this.fail('a line break or control character inside a string (write it as \\n, \\t, …)');
    if (string.raw !== undefined) string.raw += char;
    if (string.escape) {
      if (!ESCAPES.has(char)) this.fail(`invalid escape \\${char} in a string`);
      string.escape = false;
    } else if (c === 92) string.escape = true;
    else if (c === 34) {
      this.string = undefined;
      if (!string.key) return this.afterValue();
      const raw = string.raw?.slice(0, -1);
      this.key = raw?.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      this.expect = 'colon';
    }
  }

  private endLiteral(): void {
    const literal = this.literal;
    this.literal = undefined;
    if (literal && !LITERAL.test(literal.text))
      this.fail(`invalid value ${literal.text.slice(0, 40)}`, literal.at);
    this.afterValue();
  }
}

/**
 * Where each path's value starts in the JSON text (or its nearest parent's, for a path the text
 * lacks), found in one pass over the chunks.
 */
export async function locateJsonPaths(
  chunks: AsyncIterable<string> | Iterable<string>,
  paths: readonly (readonly PropertyKey[])[],
): Promise<(Location | undefined)[]> {
  const tree = PathTree.of(paths);
  const scanner = new JsonScanner(tree);
  for await (const chunk of chunks) scanner.feed(chunk);
  scanner.end();
  return paths.map((path) => tree.find(path));
}

/** The first syntax error in a JSON text, with its line and column; undefined if there is none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new JsonScanner(undefined);
  try {
    scanner.feed(text);
    scanner.end();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
}
