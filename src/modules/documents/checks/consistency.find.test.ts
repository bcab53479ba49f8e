import { describe, expect, it } from 'vitest';
import { findIdentifier, findPersonName } from './consistency.find.js';

describe('findPersonName on identity documents', () => {
  it('joins the surname and given names printed under their own labels', () => {
    const page = ['Surname', 'RICHARD', 'Given names', 'LÉA', 'Nationality', 'FRANCAISE'].join('\n');
    expect(findPersonName(page, 'Léa Richard')).toMatchObject({ isFound: true });
    expect(findPersonName(page, 'Léa Martin')).toMatchObject({ isFound: false });
  });

  it('reads the holder from an MRZ name line, ignoring OCR specks among the fillers', () => {
    const mrz = 'P<CHNZHANG<<GUODONG<<<<<<<<<<<<<<<<<<<<<<<s<<';
    expect(findPersonName(mrz, '张国东')).toMatchObject({ isFound: true });
    expect(findPersonName('WEBER<<JULIA<<<<<<<<<<<<<<<<<<', 'Julia Weber')).toMatchObject({ isFound: true });
    expect(findPersonName(mrz, '张国栋')).toMatchObject({ isFound: true });
    expect(findPersonName(mrz, 'Zhang Guohua')).toMatchObject({ isFound: false });
  });
});

describe('findIdentifier', () => {
  it('takes a long number with one character OCR could not read', () => {
    const line = 'Unified Social Credit Code: 91440101MAUY)28B23';
    expect(findIdentifier(line, '91440101MAUYJ28B23')).toMatchObject({ isFound: true, similarity: 0.9 });
    expect(findIdentifier(line, '91440101MAUYJ28C77')).toMatchObject({ isFound: false });
    expect(findIdentifier('Passport No. E1234567', 'E12345678')).toMatchObject({ isFound: false });
  });
});
