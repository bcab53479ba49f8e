import { describe, expect, it } from 'vitest';
import { commonName, hanName, latinTypo, NAME_VARIANTS, nameKey, randomName, renderName } from './names.js';
import { Rng } from './random.js';

describe('names', () => {
  it('derives pinyin from 汉字 with the surname reading', () => {
    const name = hanName('王', '晓明');
    expect([name.surname, name.given, name.givenSyllables]).toEqual(['Wang', 'Xiaoming', ['Xiao', 'Ming']]);
    expect(hanName('曾', '伟').surname).toBe('Zeng');
  });

  it('writes one Chinese name in every script, order and case a profile might use', () => {
    const rng = Rng.of(1);
    const name = hanName('王', '晓明');
    expect(renderName(rng, name, 'native')).toBe('王晓明');
    expect(renderName(rng, name, 'latin')).toBe('Wang Xiaoming');
    expect(renderName(rng, name, 'western')).toBe('Xiaoming Wang');
    expect(renderName(rng, name, 'comma')).toBe('WANG, Xiaoming');
    expect(renderName(rng, name, 'passport')).toBe('WANG XIAOMING');
    expect(renderName(rng, name, 'split')).toMatch(/^Wang Xiao[ -]Ming$/);
    const typos = new Set(Array.from({ length: 30 }, () => renderName(rng, name, 'typo')));
    expect(typos).toContain('王晓铭');
    expect([...typos].some((t) => /^Wang [A-Za-z]+$/.test(t) && t !== 'Wang Xiaoming')).toBe(true);
  });

  it('writes Western names given-name first, with ASCII spellings of umlauts', () => {
    const rng = Rng.of(2);
    const name = commonName(9);
    expect(renderName(rng, name, 'latin')).toBe('Thomas Müller');
    expect(renderName(rng, name, 'ascii')).toBe('Thomas Mueller');
    expect(renderName(rng, name, 'comma')).toBe('MÜLLER, Thomas');
    expect(nameKey(name)).toEqual({ surname: 'muller', given: 'thomas' });
  });

  it('makes one small slip per typo', () => {
    const rng = Rng.of(3);
    for (let i = 0; i < 50; i++) {
      const typo = latinTypo(rng, 'Xiaoming');
      expect(typo).not.toBe('Xiaoming');
      expect(Math.abs(typo.length - 8)).toBeLessThanOrEqual(1);
      expect(typo.charAt(0)).toBe('X');
    }
  });

  it('draws names for every nationality without empty parts', () => {
    const rng = Rng.of(4);
    for (const country of ['CN', 'HK', 'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'JP', 'VN'] as const)
      for (let i = 0; i < 20; i++) {
        const name = randomName(rng, country);
        for (const variant of NAME_VARIANTS)
          expect(renderName(rng, name, variant).trim().length).toBeGreaterThan(1);
      }
  });
});
