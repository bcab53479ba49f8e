import { describe, expect, it } from 'vitest';
import { wrapToWidth } from './id.card.js';

describe('the PRC card address, wrapped left of the portrait', () => {
  it('breaks a Latin address at spaces within the width (seed 11 #46 ran past the card edge)', () => {
    const address = 'ShanghaiShanghaiNo.166, Zuchongzhi RdRoom 1203, Pudong Software Park Building 5';
    const lines = wrapToWidth(address, 22, 540);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(address);
    for (const line of lines) expect(line.length * 22 * 0.66).toBeLessThanOrEqual(540);
  });

  it('breaks 汉字 anywhere, and keeps a short address on one line', () => {
    const han = '浙江省义乌市稠城街道宾王路278号国际商贸城2612室';
    const lines = wrapToWidth(han, 22, 300);
    expect(lines.join('')).toBe(han);
    expect(lines.length).toBe(2);
    expect(wrapToWidth('广东省深圳市福田区振华路262号', 22, 540)).toEqual(['广东省深圳市福田区振华路262号']);
  });
});
