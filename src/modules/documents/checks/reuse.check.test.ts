import { describe, expect, it } from 'vitest';
import { UK_BANK_STATEMENT, US_UTILITY_BILL } from './fixtures.test-data.js';
import { checkReuse, type ReuseCandidate, tokenSetSimilarity } from './reuse.check.js';

describe('reuse across sellers', () => {
  const bill = { name: 'bill.jpg', sha256: 'a'.repeat(64), dhash: 'f0e1d2c3b4a59687', text: US_UTILITY_BILL };
  const candidate = (over: Partial<ReuseCandidate>): ReuseCandidate => ({
    seller_id: 'S-OTHER-1',
    sha256: 'b'.repeat(64),
    ...over,
  });

  it('fails the same bytes submitted by another seller, and names no seller', () => {
    const check = checkReuse(bill, [
      candidate({ sha256: bill.sha256 }),
      candidate({ seller_id: 'S-OTHER-2', sha256: bill.sha256 }),
    ]);
    expect(check).toMatchObject({
      group: 'authenticity',
      code: 'FILE_REUSED',
      status: 'fail',
      evidence: { file: 'bill.jpg', files: 2, sellers: 2 },
    });
    expect(JSON.stringify(check)).not.toContain('S-OTHER');
  });

  it('fails a near-identical image with near-identical text', () => {
    // 1 bit away; the same text read again with one OCR slip
    const reread = US_UTILITY_BILL.replace('Amount Due', 'Amount Oue');
    const check = checkReuse(bill, [candidate({ dhash: 'f0e1d2c3b4a59686', text: reread })]);
    expect(check).toMatchObject({
      code: 'IMAGE_REUSED',
      status: 'fail',
      evidence: { files: 1, sellers: 1, distance: 1 },
    });
    expect(JSON.stringify(check)).not.toContain('S-OTHER');
  });

  it('passes the same template filled in for someone else, and the same text 8 bits away', () => {
    const otherCustomer = US_UTILITY_BILL.replace('JOHN A SMITH', 'MARIA GARCIA')
      .replace('1420 N ORANGE RD APT 4', '88 W SHAW AVE')
      .replace('4410-2298-31', '5521-9034-77')
      .replace('$142.17', '$88.02');
    expect(
      checkReuse(bill, [
        candidate({ dhash: 'f0e1d2c3b4a59687', text: otherCustomer }),
        candidate({ dhash: 'f0e1d2c3b4a59678', text: US_UTILITY_BILL }),
      ]),
    ).toMatchObject({
      code: 'FILE_NOT_REUSED',
      status: 'pass',
      evidence: { compared: 2, closest: { distance: 0 } },
    });
  });

  it('calls a noisy copy reused: 4 bits away, the same text (held-out seed 109 #99)', () => {
    expect(checkReuse(bill, [candidate({ dhash: 'f0e1d2c3b4a59688', text: US_UTILITY_BILL })])).toMatchObject(
      { code: 'IMAGE_REUSED', evidence: { distance: 4, similarity: 1 } },
    );
  });

  it('calls a copy saved again smaller reused: 3 bits away, the same text (measured on the accuracy bench)', () => {
    expect(checkReuse(bill, [candidate({ dhash: 'f0e1d2c3b4a59680', text: US_UTILITY_BILL })])).toMatchObject(
      {
        code: 'IMAGE_REUSED',
        evidence: { distance: 3, similarity: 1 },
      },
    );
  });

  it('does not call an image reused when either text is missing, or a hash is malformed', () => {
    expect(
      checkReuse({ ...bill, text: undefined }, [candidate({ dhash: bill.dhash, text: US_UTILITY_BILL })])
        .code,
    ).toBe('FILE_NOT_REUSED');
    expect(checkReuse(bill, [candidate({ dhash: 'zz', text: US_UTILITY_BILL })]).code).toBe(
      'FILE_NOT_REUSED',
    );
    expect(checkReuse(bill, []).code).toBe('FILE_NOT_REUSED');
  });

  it('measures text similarity over folded words and 汉字 pairs', () => {
    expect(tokenSetSimilarity(UK_BANK_STATEMENT, UK_BANK_STATEMENT.toUpperCase())).toBe(1);
    expect(tokenSetSimilarity('深圳市明星贸易有限公司', '深圳市明星贸易有限公司')).toBe(1);
    expect(tokenSetSimilarity('深圳市明星贸易有限公司', '广州市华南科技有限公司')).toBeLessThan(0.5);
    expect(tokenSetSimilarity('', 'anything')).toBe(0);
  });
});
