/** Readable, stable ids: the same article drafted again gives the same ids (see merge.ts). */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s || 'x';
  const cut = s.slice(0, max);
  return cut
    .slice(0, cut.lastIndexOf('-') > max / 2 ? cut.lastIndexOf('-') : max)
    .replace(/-+$/, '');
}

/** Hands out ids, adding -2, -3 … when two proposals would share one. */
export class IdMaker {
  private readonly used = new Set<string>();
  make(prefix: string, ...parts: string[]): string {
    const base = `${prefix}:${parts
      .map((p) => slug(p))
      .filter(Boolean)
      .join('-')}`.slice(0, 190);
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  reserve(id: string): void {
    this.used.add(id);
  }
}
