import { describe, expect, it } from 'vitest';
import { lookAlikes } from '../../../src/dataset/look-alikes.js';
import { invisibleCharacterProblem, lookAlikeKey } from '../../../src/dataset/text-rules.js';

describe('invisibleCharacterProblem', () => {
  it.each([
    ['zero-width space', 'Jeff\u200BSessions', '200B'],
    ['zero-width joiner', 'Jeff Sessions\u200D', '200D'],
    ['word joiner', 'Jeff\u2060 Sessions', '2060'],
    ['BOM as zero-width no-break space', '\uFEFFJeff Sessions', 'FEFF'],
    ['right-to-left override', 'Jeff \u202ESessions', '202E'],
    ['right-to-left isolate', 'Jeff \u2067Sessions\u2069', '2067'],
    ['left-to-right mark', 'Jeff\u200E Sessions', '200E'],
    ['right-to-left mark', 'Jeff\u200F Sessions', '200F'],
    ['Arabic letter mark', 'Jeff\u061C Sessions', '061C'],
    ['soft hyphen', 'Jeff Ses\u00ADsions', '00AD'],
    ['combining grapheme joiner', 'Je\u034Fff Sessions', '034F'],
    ['Mongolian vowel separator', 'Jeff\u180E Sessions', '180E'],
    ['function application', 'Jeff\u2061 Sessions', '2061'],
    ['invisible plus', 'Jeff\u2064 Sessions', '2064'],
    ['Hangul filler', 'Jeff\u3164Sessions', '3164'],
    ['variation selector 1', 'Jeff\uFE00 Sessions', 'FE00'],
    ['variation selector 16', 'Jeff\uFE0F Sessions', 'FE0F'],
    ['tag (first)', 'Jeff Sessions\u{E0000}', 'E0000'],
    ['cancel tag (last)', 'Jeff Sessions\u{E007F}', 'E007F'],
  ])('names the %s and where it is', (_, value, code) => {
    expect(invisibleCharacterProblem(value)).toMatch(new RegExp(`U\\+${code} at position \\d+`));
  });

  it('accepts names with accents, other scripts and ordinary spaces', () => {
    for (const name of [
      'Jeff Sessions',
      'José Núñez',
      'Nguyễn Thị Minh Khai',
      'Søren Kierkegaard',
      'Сергей Кисляк',
      'محمد',
      '王小明',
      "Mary O'Brien-Smith",
    ])
      expect(invisibleCharacterProblem(name)).toBeUndefined();
  });
});

describe('lookAlikeKey', () => {
  it('folds case, accents, compatibility forms and odd spacing', () => {
    const key = lookAlikeKey('Jeff Sessions');
    for (const variant of [
      'jeff sessions',
      'JEFF  SESSIONS',
      'Jeff\u00A0Sessions',
      'Jéff Sessions',
    ])
      expect(lookAlikeKey(variant)).toBe(key);
    expect(lookAlikeKey('Jeff\u00A0Sessions')).toBe(lookAlikeKey('Ｊｅｆｆ Sessions'));
    expect(lookAlikeKey('Jeff Session')).not.toBe(key);
  });
});

describe('lookAlikes', () => {
  const at = (name: string, id: string) => ({ name, id, file: 'd.yaml' });

  it('warns when two entities have names that look alike but differ', () => {
    const warnings = lookAlikes([
      at('Jeff Sessions', 'person:a'),
      at('Jeff\u00A0Sessions', 'person:b'),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/person:a.*person:b/);
  });

  it('says nothing of identical names, nor of an entity whose alias drops its accents', () => {
    expect(lookAlikes([at('Jeff Sessions', 'person:a'), at('Jeff Sessions', 'person:a')])).toEqual(
      [],
    );
    expect(lookAlikes([at('Jeff Sessions', 'person:a'), at('Jeff Sessions', 'person:b')])).toEqual(
      [],
    );
    expect(lookAlikes([at('José Núñez', 'person:a'), at('Jose Nunez', 'person:a')])).toEqual([]);
  });
});
