import { describe, expect, it } from 'vitest';
import { reconcileName } from './mrz.printed.js';

describe("the zone's holder name against the printed name (held-out seed 101 #33)", () => {
  const page =
    'Surname\nZHENG\nGiven names\nCHAO\nNationality\nCHINESE\nP<CHNZHENG<<CHAQ<<<<<<<<<<<<<<<<<<<<<<<<<<<<';

  it('takes the printed word one look-alike letter off a word the page does not print', () => {
    expect(reconcileName('ZHENG CHAQ', page)).toBe('ZHENG CHAO');
  });

  it('keeps a word the page prints, a word two letters off, another letter, and a word with two candidates', () => {
    expect(reconcileName('ZHENG CHAO', page)).toBe('ZHENG CHAO');
    expect(reconcileName('ZHENG CHQQ', page)).toBe('ZHENG CHQQ');
    expect(reconcileName('ZHENG CHAN', page)).toBe('ZHENG CHAN');
    expect(reconcileName('ZHENG GAO', `${page}\nCAO\nGAD`)).toBe('ZHENG GAO');
    expect(reconcileName('ZHENG GAO', `${page}\nCAO`)).toBe('ZHENG CAO');
    // The zone's own line is not a witness.
    expect(reconcileName('ZHENG CHAO', 'P<CHNZHENG<<CHAQ<<<<')).toBe('ZHENG CHAO');
  });
});
