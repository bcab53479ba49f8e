import { describe, expect, it } from 'vitest';
import { sansTextWidth } from './page.render.js';
import { wrapLine } from './paper.content.js';

describe('the holder column of a bill or statement', () => {
  it('breaks a long company name at a space so it stays out of the column beside it (seed 59 #40)', () => {
    const name = 'BLUEPOINT COMMERCE HOUSEHOLD PRODUCTS CO., LIMITED';
    expect(sansTextWidth(name, 11)).toBeGreaterThan(260);
    const lines = wrapLine(name, 260, 11);
    expect(lines).toEqual(['BLUEPOINT COMMERCE HOUSEHOLD', 'PRODUCTS CO., LIMITED']);
    for (const line of lines) expect(sansTextWidth(line, 11)).toBeLessThanOrEqual(260);
  });

  it('leaves a line that fits as it is, and breaks 汉字 anywhere', () => {
    expect(wrapLine("71 QUEEN'S ROAD CENTRAL", 260, 11)).toEqual(["71 QUEEN'S ROAD CENTRAL"]);
    const han = '广东省深圳市福田区福华三路28号华强广场1716室';
    const lines = wrapLine(han, 120, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(han);
  });
});
