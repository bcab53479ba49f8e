import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../sellers/index.js';
import { checkConsistency } from './consistency.check.js';

// Seed 71 #10: a genuine Hong Kong card, the holder `Yip Hoi Yan` read `in fT HOI YAN`; identity
// verification asks for the name and the date of birth, so no id_number item says the number matched.
const HOLDER: SellerRecord = {
  seller_id: 'S66',
  entity_type: 'individual',
  legal_rep: { full_name: 'Yip Hoi Yan', date_of_birth: '1962-07-01', id_number: 'V270868(A)' },
};

const nameItem = (number: string) =>
  checkConsistency({
    type: 'government_id',
    mustShow: ['legal_rep_name', 'date_of_birth'],
    reading: {
      pages: [
        {
          file: 1,
          page: 1,
          source: 'ocr',
          confidence: 71,
          text: `HONG KONG PERMANENT IDENTITY CARD\nin fT HOI YAN\nDate of birth 01/07/1962\n${number}`,
        },
      ],
      fields: [],
    },
    seller: HOLDER,
  }).find((c) => c.evidence.field === 'legal_rep_name');

describe('a Hong Kong card identified by its number and its check character', () => {
  it('warns FIELD_UNREAD on a name not read when the number (check holding) and the date of birth are the registered ones', () => {
    expect(nameItem('V270868(A)')).toMatchObject({
      code: 'FIELD_UNREAD',
      status: 'warn',
      evidence: { identifiedBy: ['id_number', 'date_of_birth'] },
    });
  });

  it('still fails with another valid number, or the registered one whose check character does not hold', () => {
    expect(nameItem('A123456(3)')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(nameItem('V270868(3)')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });
});
