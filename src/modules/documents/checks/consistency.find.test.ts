import { describe, expect, it } from 'vitest';
import { findPersonName } from './consistency.find.js';

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
