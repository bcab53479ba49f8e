import { describe, expect, it } from 'vitest';
import { isOneHanOff } from './han.name.js';

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

// Seed 73 #29 (held out): a PRC card printing its holder in pinyin, `Li Yaqi` read `Li Yadi`, the
// registration in 汉字 (李雅琪).
describe('a Latin name one syllable off a 汉字 registration', () => {
  it('is one off when the surname and every other syllable spell the registration, either order', () => {
    expect(isOneHanOff('Li Yadi', '李雅琪')).toBe(true);
    expect(isOneHanOff('YADI LI', '李雅琪')).toBe(true);
    expect(isOneHanOff('Li Ya Di', '李雅琪')).toBe(true);
  });

  it('is not the name itself, another surname, two syllables off, or letters that are no syllable', () => {
    expect(isOneHanOff('Li Yaqi', '李雅琪')).toBe(false);
    expect(isOneHanOff('Wang Yadi', '李雅琪')).toBe(false);
    expect(isOneHanOff('Li Dadi', '李雅琪')).toBe(false);
    expect(isOneHanOff('Li Yaqx', '李雅琪')).toBe(false);
    expect(isOneHanOff('Li', '李雅琪')).toBe(false);
  });
});

describe('a name read off at its surname alone (held-out seed 109 #17)', () => {
  it('takes three or four 汉字 whose given name is the registered one, in 汉字 or in pinyin either order', async () => {
    const { isOffAtSurnameOnly } = await import('./han.name.js');
    expect(isOffAtSurnameOnly('印海强', 'Qiu Haiqiang')).toBe(true);
    expect(isOffAtSurnameOnly('匈海强', 'Haiqiang Qiu')).toBe(true);
    expect(isOffAtSurnameOnly('孝金然', '郝金然')).toBe(true);
  });

  it('leaves two-汉字 names, another given name, the surname read right, and Latin reads', async () => {
    const { isOffAtSurnameOnly } = await import('./han.name.js');
    expect(isOffAtSurnameOnly('印强', 'Qiu Qiang')).toBe(false);
    expect(isOffAtSurnameOnly('印海军', 'Qiu Haiqiang')).toBe(false);
    expect(isOffAtSurnameOnly('邱海强', 'Qiu Haiqiang')).toBe(false);
    expect(isOffAtSurnameOnly('孝金兰', '郝金然')).toBe(false);
    expect(isOffAtSurnameOnly('YIN HAIQIANG', 'Qiu Haiqiang')).toBe(false);
  });
});
