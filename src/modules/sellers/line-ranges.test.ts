import { describe, expect, it } from 'vitest';
import { LineRanges } from './line-ranges.js';

describe('the lines that landed', () => {
  it('are every line read less the refused ones, blank lines not splitting a range', () => {
    const ranges = new LineRanges();
    for (const line of [2, 3, 5, 6, 9, 10, 11]) ranges.read(line);
    ranges.refuse(6);
    ranges.refuse(11);
    expect(ranges.toString()).toBe('2-5,7-10');
    expect(new LineRanges().toString()).toBe('');
  });
});
