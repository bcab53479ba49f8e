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
