import { describe, expect, it } from 'vitest';
import type { OcrLine } from './ocr.js';
import { unsureHanOf } from './ocr.unsure.js';

const box = { x0: 0, y0: 0, x1: 1, y1: 1 };
const line = (text: string, confidences: number[]): OcrLine => ({
  text,
  confidence: 80,
  box,
  symbols: [...text.replace(/\s/g, '')].map((c, k) => ({ text: c, confidence: confidences[k] ?? 99, box })),
});

describe('汉字 read unsure (seed 59 #32)', () => {
  it('places each 汉字 read under 90 in its line without spaces', () => {
    // 宁波市安结电子商务有限公司 as tesseract read it: 结 at 70.
    const read = line('宁波市安结电子商务有限公司   Account number: 7471', [99, 99, 99, 99, 70, 95, 99]);
    expect(unsureHanOf([read])).toEqual([{ text: '宁波市安结电子商务有限公司Accountnumber:7471', at: [4] }]);
  });

  it('gives nothing for a line read surely, for Latin letters read unsure, or symbols that do not spell the line', () => {
    expect(unsureHanOf([line('法定代表人 梁秀英', [99, 98, 98, 99, 99, 98, 98, 97])])).toEqual([]);
    expect(unsureHanOf([line('Account', [40, 40, 40])])).toEqual([]);
    const odd = { ...line('安结', [99, 70]), text: '安结电' };
    expect(unsureHanOf([odd])).toEqual([]);
  });
});
