import { describe, expect, it } from 'vitest';
import { checkReuse, hasOtherNumbers, type ReuseCandidate, tokenSetSimilarity } from './reuse.check.js';

/**
 * The reuse check's exact values: its boundaries (3 bits, similarity 0.9), what it counts, how it
 * rounds, and the tokens similarity is made of. The verdict tests are in `reuse.check.test.ts`.
 */
const TEN_WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';
const NINE_WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india';
const EIGHT_WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel';

const file = { name: 'id.jpg', sha256: 'a'.repeat(64), dhash: '0000000000000000', text: TEN_WORDS };
let n = 0;
const other = (over: Partial<ReuseCandidate>): ReuseCandidate => {
  n += 1;
  return { seller_id: `S-${n}`, sha256: `${n}`.padStart(64, 'b'), ...over };
};

describe('reuse: the exact values', () => {
  it('counts the files and the distinct sellers of the same bytes', () => {
    const check = checkReuse(file, [
      other({ seller_id: 'S-X', sha256: file.sha256 }),
      other({ seller_id: 'S-X', sha256: file.sha256 }),
      other({ seller_id: 'S-Y', sha256: file.sha256 }),
      other({ seller_id: 'S-Z' }),
    ]);
    expect(check.code).toBe('FILE_REUSED');
    expect(check.evidence).toEqual({ file: 'id.jpg', files: 3, sellers: 2 });
  });

  it('takes a picture 5 bits away and not 6, and text as similar as 0.9 and not less', () => {
    const at = (dhash: string, text: string) => checkReuse(file, [other({ dhash, text })]);
    expect(at('000000000000001f', TEN_WORDS).code).toBe('IMAGE_REUSED');
    expect(at('000000000000003f', TEN_WORDS).code).toBe('FILE_NOT_REUSED');
    expect(tokenSetSimilarity(TEN_WORDS, NINE_WORDS)).toBe(0.9);
    expect(at('0000000000000000', NINE_WORDS).code).toBe('IMAGE_REUSED');
    expect(tokenSetSimilarity(TEN_WORDS, EIGHT_WORDS)).toBe(0.8);
    expect(at('0000000000000000', EIGHT_WORDS).code).toBe('FILE_NOT_REUSED');
  });

  it('reports the nearest distance and the highest similarity among the near copies, rounded', () => {
    const check = checkReuse(file, [
      other({ seller_id: 'S-X', dhash: '0000000000000003', text: NINE_WORDS }),
      other({ seller_id: 'S-X', dhash: '0000000000000001', text: `${TEN_WORDS} kilo` }),
      other({ seller_id: 'S-Y', dhash: '0000000000000007', text: TEN_WORDS }),
    ]);
    expect(check.code).toBe('IMAGE_REUSED');
    expect(check.status).toBe('fail');
    expect(check.evidence).toEqual({ file: 'id.jpg', files: 3, sellers: 2, distance: 1, similarity: 1 });
    const eleventh = checkReuse(file, [other({ dhash: '0000000000000001', text: `${TEN_WORDS} kilo` })]);
    expect(eleventh.evidence).toMatchObject({ distance: 1, similarity: 0.91 });
  });

  it('says how many files it compared and how near the nearest picture came, as counts only', () => {
    const check = checkReuse(file, [
      other({ dhash: 'ffffffffffffffff', text: TEN_WORDS }),
      other({ dhash: '00000000000000ff', text: 'alpha bravo charlie' }),
      other({ dhash: 'not a dhash', text: TEN_WORDS }),
      other({}),
    ]);
    expect(check).toMatchObject({ group: 'authenticity', code: 'FILE_NOT_REUSED', status: 'pass' });
    expect(check.evidence).toEqual({
      file: 'id.jpg',
      compared: 4,
      closest: { distance: 8, similarity: 0.3 },
    });
    // Nothing with a picture to compare: no nearest.
    expect(checkReuse(file, [other({ dhash: 'xyz' }), other({})]).evidence).toEqual({
      file: 'id.jpg',
      compared: 2,
    });
    // A file whose own picture has no valid dHash: compared by bytes only.
    const noPicture = checkReuse({ ...file, dhash: '12345' }, [
      other({ dhash: file.dhash, text: TEN_WORDS }),
    ]);
    expect(noPicture.evidence).toEqual({ file: 'id.jpg', compared: 1 });
    // A near picture whose text is absent on either side is not a copy: no text proves nothing.
    expect(
      checkReuse({ ...file, text: undefined }, [other({ dhash: file.dhash, text: TEN_WORDS })]).code,
    ).toBe('FILE_NOT_REUSED');
    expect(checkReuse(file, [other({ dhash: file.dhash })]).evidence).toEqual({
      file: 'id.jpg',
      compared: 1,
      closest: { distance: 0, similarity: 0 },
    });
  });

  it('takes the first of two pictures equally near as the nearest, and a dHash only whole', () => {
    const tie = checkReuse(file, [
      other({ dhash: 'ff00000000000000', text: 'alpha bravo charlie' }),
      other({ dhash: '00000000000000ff', text: TEN_WORDS }),
    ]);
    expect(tie.evidence).toMatchObject({ closest: { distance: 8, similarity: 0.3 } });
    for (const malformed of ['00000000000000000', 'x0000000000000000', '0000000000000000x'])
      expect(checkReuse(file, [other({ dhash: malformed, text: TEN_WORDS })]).evidence).toEqual({
        file: 'id.jpg',
        compared: 1,
      });
    expect(checkReuse(file, [other({ dhash: file.dhash, text: TEN_WORDS })])).toMatchObject({
      group: 'authenticity',
      code: 'IMAGE_REUSED',
    });
  });

  it('accepts a dHash in capitals', () => {
    expect(checkReuse(file, [other({ dhash: '000000000000000A', text: TEN_WORDS })]).code).toBe(
      'IMAGE_REUSED',
    );
    expect(
      checkReuse({ ...file, dhash: '000000000000000A' }, [other({ dhash: file.dhash, text: TEN_WORDS })])
        .code,
    ).toBe('IMAGE_REUSED');
  });
});

describe('reuse: the tokens similarity is made of', () => {
  it('is 0 when either side has no token, 1 for the same tokens in any order or case', () => {
    expect(tokenSetSimilarity('', TEN_WORDS)).toBe(0);
    expect(tokenSetSimilarity(TEN_WORDS, '')).toBe(0);
    expect(tokenSetSimilarity('ab cd 12', 'ab cd 12')).toBe(0);
    expect(tokenSetSimilarity('Bravo ALPHA', 'alpha bravo')).toBe(1);
  });

  it('counts words of three letters or digits and more, split on anything else', () => {
    expect(tokenSetSimilarity('abc', 'abc ab')).toBe(1);
    expect(tokenSetSimilarity('abc', 'abc abd')).toBe(0.5);
    expect(tokenSetSimilarity('123-456', '123 456')).toBe(1);
    expect(tokenSetSimilarity('123456', '123 456')).toBe(0);
    expect(tokenSetSimilarity('Müller', 'MULLER')).toBe(1);
  });

  it('reads Han text as character pairs, and a lone character as nothing', () => {
    // 营业执照 → 营业 业执 执照; 营业执 → 营业 业执
    expect(tokenSetSimilarity('营业执照', '营业执')).toBeCloseTo(2 / 3, 10);
    expect(tokenSetSimilarity('营业执照', '营业执照 一 二')).toBe(1);
    expect(tokenSetSimilarity('一', '一')).toBe(0);
    // Han runs do not join the Latin words around them.
    expect(tokenSetSimilarity('abc营业def', 'abc def 营业')).toBe(1);
  });
});

describe('reuse: two cards of one template', () => {
  // The backs of two PRC resident cards as OCR read them (seed 71 #46): one template, the
  // issuing city and the validity period apart.
  const YIWU =
    '合             中华人民共和国\n居民身份证\n签发机关      Yiwu公安局\n有效期限     2023.09.15-2043.09.14';
  const DONGGUAN =
    '个             中华人民共和国\n居民身份证\n签发机关        DONGGUAN公安局\n有效期限     2023.01.12-2043.01.11';
  const back = { name: 'back.jpg', sha256: 'c'.repeat(64), dhash: '0000000000000000', text: YIWU };

  it('are two cards when their numbers differ, however alike their words', () => {
    expect(tokenSetSimilarity(YIWU, DONGGUAN)).toBeGreaterThanOrEqual(0.9);
    expect(hasOtherNumbers(YIWU, DONGGUAN)).toBe(true);
    expect(checkReuse(back, [other({ dhash: '0000000000000003', text: DONGGUAN })]).code).toBe(
      'FILE_NOT_REUSED',
    );
  });

  it('are one picture when the numbers are the same, the text read twice or a number misread', () => {
    const reread = `${YIWU}\n${YIWU.replace('2043.09.14', '2043.09.I4')}`;
    expect(hasOtherNumbers(YIWU, reread)).toBe(false);
    expect(checkReuse(back, [other({ dhash: '0000000000000003', text: reread })]).code).toBe('IMAGE_REUSED');
    // Too few digits to tell: the words decide, as before.
    expect(hasOtherNumbers('Issued 2023.01', 'Issued 2024.02')).toBe(false);
  });
});
