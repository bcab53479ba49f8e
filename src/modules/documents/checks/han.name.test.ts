import { describe, expect, it } from 'vitest';
import { isOneHanOff } from './consistency.identity.js';

// Seed 71 #45: 张文磊, registered `Zhang Wenlei`, read `张文舌` on the licence. The given name is one
// Latin word of two syllables; the rule compared one word to one 汉字 and never matched.
describe('a 汉字 name one character off a Latin registration whose given name is one word', () => {
  it('is one off when the surname and every other syllable spell the registration, either order', () => {
    expect(isOneHanOff('张文舌', 'Zhang Wenlei')).toBe(true);
    expect(isOneHanOff('张舌磊', 'Wenlei Zhang')).toBe(true);
    expect(isOneHanOff('张文舌', 'ZHANG WEN LEI')).toBe(true);
    expect(isOneHanOff('刘讲', 'Xin Liu')).toBe(true);
  });

  it('is not the name itself, another surname, two characters off, or another length', () => {
    expect(isOneHanOff('张文磊', 'Zhang Wenlei')).toBe(false);
    expect(isOneHanOff('王文舌', 'Zhang Wenlei')).toBe(false);
    expect(isOneHanOff('张舌舌', 'Zhang Wenlei')).toBe(false);
    expect(isOneHanOff('张文', 'Zhang Wenlei')).toBe(false);
    expect(isOneHanOff('张文磊国', 'Zhang Wenlei')).toBe(false);
    expect(isOneHanOff('张文舌', 'Zhang')).toBe(false);
  });
});
