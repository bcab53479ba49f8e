import { describe, expect, it } from 'vitest';
import { checkReuse, tokenSetSimilarity } from './reuse.check.js';

/**
 * One passport photo read twice (accuracy bench, seed 7, #42): once as a Chinese seller's upload
 * (the chi_sim+eng model), once saved smaller and uploaded by a US seller (eng, the zone read
 * again and added to the text). Generated data.
 */
const READ_AS_CHINESE = `PASSPORT
Type Code of issuing State Passport No:
P CHN E26840028
Surname WU Given names YUXUAN Nationality CHINESE
Date of birth Sex LO0 JUN 1991 F
Date of issue Date of expiry 19 FEB 2019 18 FEB 2029
Authority National Immigration Administration
P<CHNWU<<YUXUAN<<<<<<<<<<<<<<<<<<<<<<<<<<一<二
E268400282CHN9106101F2902186<<<<<<<<<<<<<<<0`;
const READ_AS_ENGLISH = `PASSPORT
Type Code of issuing State Passport No.
P CHN E26840028
Surname wu Given names YUXUAN Nationality CHINESE
Date of birth Sex 10 JUN 1991 F
Date of issue Date of expiry 19 FEB 2019 18 FEB 2029
Authority National Immigration Administration
P<CHNWU<<YUXUAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
E268400282CHN9106101F2902186<<<<<<<<<<<<<<<0
P<CHNWU<<YUXUAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
E268400282CHN9106101F2902186<<<<<<<<<<<<<<00`;
/** Another holder's passport of the same template. */
const OTHER_HOLDER = `PASSPORT
Type Code of issuing State Passport No.
P CHN E51190374
Surname LIN Given names MEIHUA Nationality CHINESE
Date of birth Sex 02 MAR 1986 F
Date of issue Date of expiry 07 AUG 2020 06 AUG 2030
Authority National Immigration Administration
P<CHNLIN<<MEIHUA<<<<<<<<<<<<<<<<<<<<<<<<<<<<
E511903741CHN8603022F3008067<<<<<<<<<<<<<<<6`;

describe('reuse: one image read twice is still one image', () => {
  it('OCR noise words (short fragments, a stray 汉字) do not hide a reused passport', () => {
    expect(tokenSetSimilarity(READ_AS_CHINESE, READ_AS_ENGLISH)).toBeGreaterThanOrEqual(0.9);
    const check = checkReuse(
      { name: 'passport.jpg', sha256: 'a'.repeat(64), dhash: '0f1e2d3c4b5a6978', text: READ_AS_ENGLISH },
      [{ seller_id: 'S-OTHER', sha256: 'b'.repeat(64), dhash: '0f1e2d3c4b5a697f', text: READ_AS_CHINESE }],
    );
    expect(check).toMatchObject({ code: 'IMAGE_REUSED', status: 'fail', evidence: { distance: 3 } });
  });

  it('another holder of the same template stays apart', () => {
    expect(tokenSetSimilarity(READ_AS_ENGLISH, OTHER_HOLDER)).toBeLessThan(0.75);
  });
});

/**
 * Seed 13 of the accuracy bench (generated data): a passport photo, the zone read once split at a
 * space, once twice with noise at a line's end (#27, 0 dHash bits, 0.88 before the zone was left
 * out); and a PRC ID card read by the Chinese model for its seller and by the English one, as noise
 * where the 汉字 are, for a seller elsewhere (#24, 2 bits, 0.05 before numbers were compared).
 */
const ZONE_SPLIT = `PASSPORT
Type      Code of issuing State      Passport No.
P                 FRA                             87MG22006
Surname
ROBERT
Given names
ANTOINE
Nationality
FRANCAISE
Date of birth                              Sex
21 AUG 1972               F
Date of issue                Date of expiry
26 JUL 2023        25 JUL 2033
Authority
Prefecture de Police
P<FRAROBERT<<ANTOINE<<<<<<<<<<<<<<<<<<<<<<<<
87MG220065FRA7208218 F3307250<<<<<<<<<<<<<<<0`;
const ZONE_TWICE = `PASSPORT
Type Code of issuing State Passport No.
P FRA 87MG22006
Surname
ROBERT
Given names
ANTOINE
Nationality
FRANCAISE
Date of birth Sex
21 AUG 1972 F
Date of issue Date of expiry
26 JUL 2023 25 JUL 2033
Authority
Prefecture de Police
P<FRAROBERT<<ANTOINE<<<<<<<<<<<<<<<<<<<<cccs
87MG220065FRA7208218F3307250<<<<<<<<<<<<<<<(
P<FRAROBERT<<ANTOINE<<<<<<<<<<<<<<<<<<<<<<<<
87MG220065FRA7208218F3307250<<<<<<<<<<<<<<00`;
const PRC_CARD_AS_CHINESE = `梁玉婷
性别        男             民族” 汉
出生        1974年11月6日
住址        浙江省义乌市稠城街道宾王路278号国际商贸城2612室             辆天
公民身份号碍       350203197411061951
作        中华人民共和国
居民身份证
签发机关   义乌市公安局
有效期限     2026.02.03-2046.02.02`;
const PRC_CARD_AS_ENGLISH = `wz PEE
151 ES Rik X
Hit 1974%11H6H
{EE HIE X SHARE E EE R278S ERE RIM2612E Hs
AREHEE 350203197411061951
& chee A REEFIE
BERS miE
BER XEHALRE
HHEAR 2026.02.03-2046.02.02`;
/** Another holder's card, read by the Chinese model. */
const OTHER_PRC_CARD = `陈志强
性别        男             民族 汉
出生        1981年3月19日
住址        浙江省义乌市稠城街道宾王路12号国际商贸城305室
公民身份号码       330782198103191238
中华人民共和国
居民身份证
签发机关   义乌市公安局
有效期限     2026.02.03-2046.02.02`;

describe('reuse: the fingerprint does not depend on who uploads', () => {
  it('leaves the zone lines out of the words when the page says anything else', () => {
    expect(tokenSetSimilarity(ZONE_SPLIT, ZONE_TWICE)).toBe(1);
    // The zone alone is still compared when it is all that was read.
    const zone = ZONE_TWICE.split('\n').slice(-2).join('\n');
    expect(tokenSetSimilarity(zone, zone)).toBe(1);
    expect(tokenSetSimilarity(zone, OTHER_HOLDER.split('\n').slice(-2).join('\n'))).toBe(0);
  });

  it('keeps another holder of one template apart with the zone left out', () => {
    expect(tokenSetSimilarity(READ_AS_ENGLISH, OTHER_HOLDER)).toBeLessThan(0.75);
    expect(tokenSetSimilarity(ZONE_SPLIT, READ_AS_ENGLISH)).toBeLessThan(0.5);
  });

  it('compares the numbers of a page read in 汉字 once and as noise once', () => {
    expect(tokenSetSimilarity(PRC_CARD_AS_CHINESE, PRC_CARD_AS_ENGLISH)).toBe(1);
    expect(tokenSetSimilarity(OTHER_PRC_CARD, PRC_CARD_AS_ENGLISH)).toBeLessThan(0.5);
    const check = checkReuse(
      { name: 'front.jpg', sha256: 'a'.repeat(64), dhash: '0f1e2d3c4b5a6978', text: PRC_CARD_AS_ENGLISH },
      [
        {
          seller_id: 'S-OTHER',
          sha256: 'b'.repeat(64),
          dhash: '0f1e2d3c4b5a697b',
          text: PRC_CARD_AS_CHINESE,
        },
      ],
    );
    expect(check).toEqual({
      group: 'authenticity',
      code: 'IMAGE_REUSED',
      status: 'fail',
      evidence: { file: 'front.jpg', files: 1, sellers: 1, distance: 2, similarity: 1 },
      message: expect.objectContaining({ en: expect.any(String), zh: expect.any(String) }),
    });
  });

  it('proves nothing across scripts from fewer than three numbers', () => {
    expect(
      tokenSetSimilarity('居民身份证 有效期限 长期 签发机关 义乌市公安局 2026', 'BER XEHALRE 2026'),
    ).toBe(0);
  });
});
