import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../sellers/index.js';
import type { ReadField } from '../reading/reading.schema.js';
import { applyOcrConfidence } from './confidence.rule.js';
import { checkConsistency } from './consistency.check.js';

// A PRC card of the registered holder whose name OCR could not read, and another person's card
// read by an unsure OCR: the card's own check digit and registered values decide, not the page's
// confidence.

const HOLDER: SellerRecord = {
  seller_id: 'S43',
  entity_type: 'individual',
  address: { line1: '梅龙路51号', city: '深圳市', country: 'CN' },
  legal_rep: { full_name: 'Wu Yahan', date_of_birth: '1972-03-03', id_number: '110105197203034425' },
};

const card = (name: string, number: string, birth: string) =>
  `中华人民共和国\n居民身份证\n${name}\n性别 女 民族 汉\n出生 ${birth}\n公民身份号码 ${number}`;

const identifier = (value: string, confidence: number): ReadField => ({
  name: 'identifier',
  kind: 'prc_id',
  value,
  labelled: false,
  at: 0,
  file: 1,
  page: 1,
  confidence,
  source: 'ocr',
  reader: 'printed-identifiers',
});

const holderName = (value: string, confidence: number): ReadField => ({
  name: 'holder_name',
  value,
  file: 1,
  page: 1,
  confidence,
  source: 'ocr',
  reader: 'id-holder',
});

const check = (text: string, fields: ReadField[], confidence = 75) =>
  checkConsistency({
    type: 'government_id',
    reading: { pages: [{ file: 1, page: 1, source: 'ocr', confidence, text }], fields },
    seller: HOLDER,
  });

const byField = (items: ReturnType<typeof check>, field: string) =>
  items.find((c) => c.evidence.field === field);

describe('the name on an ID that is otherwise the registered one', () => {
  it('warns FIELD_UNREAD when the number and the date of birth are the registered ones', () => {
    const items = check(card('# 起雅洱', '110105197203034425', '1972年3月3日'), [
      identifier('110105197203034425', 0.75),
    ]);
    const name = byField(items, 'legal_rep_name');
    expect(name).toMatchObject({
      code: 'FIELD_UNREAD',
      status: 'warn',
      evidence: { identifiedBy: ['id_number', 'date_of_birth'] },
    });
    expect(name?.message.en).toContain('ID number and date of birth');
    expect(name?.message.zh).toContain('证件号码和出生日期');
  });

  it('warns FIELD_UNREAD when the requirement does not ask for the number but the card prints it (seed 61 #30)', () => {
    // 宋海成 read 朱海成, its 姓名 label lost; identity verification asks for the name and the date of birth only.
    const nameAndBirth = (number: string) =>
      checkConsistency({
        type: 'government_id',
        mustShow: ['legal_rep_name', 'date_of_birth'],
        reading: {
          pages: [
            {
              file: 1,
              page: 1,
              source: 'ocr',
              confidence: 79,
              text: card('# 朱海成', number, '1972年3月3日'),
            },
          ],
          fields: [identifier(number, 0.79)],
        },
        seller: HOLDER,
      });
    const items = nameAndBirth('110105197203034425');
    expect(byField(items, 'id_number')).toBeUndefined();
    expect(byField(items, 'legal_rep_name')).toMatchObject({
      code: 'FIELD_UNREAD',
      status: 'warn',
      evidence: { identifiedBy: ['id_number', 'date_of_birth'] },
    });
    // The card's number another valid one: not identified, the name's fail stands.
    expect(byField(nameAndBirth('320106197112260529'), 'legal_rep_name')).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
  });

  it('warns FIELD_UNREAD when every 汉字 of the holder read was read unsure, the line however sure (seed 83 #21)', () => {
    const text = card('姓名 雁乔', '110105197203034425', '1972年3月3日');
    const read = (at: number[]) =>
      checkConsistency({
        type: 'government_id',
        reading: {
          pages: [
            { file: 1, page: 1, source: 'ocr', confidence: 75, text, unsure: [{ text: '姓名雁乔', at }] },
          ],
          fields: [identifier('110105197203034425', 0.75), holderName('雁乔', 0.92)],
        },
        seller: HOLDER,
      });
    expect(byField(read([2, 3]), 'legal_rep_name')).toMatchObject({ code: 'FIELD_UNREAD', status: 'warn' });
    // One of the two read surely: a name read, and another one.
    expect(byField(read([3]), 'legal_rep_name')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });

  /** 邱海强's card (registered `Qiu Haiqiang`) with its holder read as `name`. */
  const qiuCard = (name: string, number = '110105197203034425', mustShow?: ['legal_rep_name', 'id_number']) =>
    checkConsistency({
      type: 'government_id',
      ...(mustShow ? { mustShow } : {}),
      reading: {
        pages: [
          {
            file: 1,
            page: 1,
            source: 'ocr',
            confidence: 75,
            text: card(`姓名 ${name}`, number, '1972年3月3日'),
          },
        ],
        fields: [identifier(number, 0.75), holderName(name, 0.95)],
      },
      seller: { ...HOLDER, legal_rep: { ...HOLDER.legal_rep, full_name: 'Qiu Haiqiang' } },
    });

  const nameCode = (items: ReturnType<typeof qiuCard>) => byField(items, 'legal_rep_name')?.code;

  it('warns FIELD_UNCLEAR for a holder read off at the surname alone, and fails another given name (held-out seed 109 #17)', () => {
    expect(nameCode(qiuCard('印海强'))).toBe('FIELD_UNCLEAR');
    expect(nameCode(qiuCard('印海军'))).toBe('FIELD_NOT_FOUND');
  });

  it('takes the registered PRC number, valid, for the birth date where the requirement asks for name and number only', () => {
    const asked = ['legal_rep_name', 'id_number'] as ['legal_rep_name', 'id_number'];
    expect(nameCode(qiuCard('印海强', '110105197203034425', asked))).toBe('FIELD_UNCLEAR');
    // Another valid number: not the registered card.
    expect(nameCode(qiuCard('印海强', '320106197112260529', asked))).toBe('FIELD_NOT_FOUND');
  });

  it('still fails when a holder name was read with confidence and is another name', () => {
    const items = check(card('姓名 李明', '110105197203034425', '1972年3月3日'), [
      identifier('110105197203034425', 0.75),
      holderName('李明', 0.92),
    ]);
    expect(byField(items, 'legal_rep_name')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });

  it('warns FIELD_UNCLEAR when the holder read is one syllable off, and fails when another person (seed 73 #29)', () => {
    const registeredHan: SellerRecord = {
      ...HOLDER,
      legal_rep: { ...HOLDER.legal_rep, full_name: '李雅琪' },
    };
    const read = (name: string, number = '110105197203034425') =>
      checkConsistency({
        type: 'government_id',
        reading: {
          pages: [
            {
              file: 1,
              page: 1,
              source: 'ocr',
              confidence: 90,
              text: card(`姓名 ${name}`, number, '1972年3月3日'),
            },
          ],
          fields: [identifier(number, 0.9), holderName(name, 0.95)],
        },
        seller: registeredHan,
      });
    expect(byField(read('Li Yadi'), 'legal_rep_name')).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: { matched: 'Li Yadi', misreadOf: '李雅琪' },
    });
    expect(byField(read('Li Yaqi'), 'legal_rep_name')).toMatchObject({ code: 'FIELD_FOUND' });
    expect(byField(read('Wang Yaqi'), 'legal_rep_name')).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
    // Another person's card (another valid number): the one-off name does not make it the holder's.
    expect(byField(read('Li Yadi', '320106197112260529'), 'legal_rep_name')).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
  });

  it('warns FIELD_UNREAD when the birth date was read unclear and the registered PRC number vouches for it (held-out seed 113 #17)', () => {
    const items = check(card('# 起雅洱', '110105197203034425', '1972年3月:日'), [
      identifier('110105197203034425', 0.75),
    ]);
    expect(byField(items, 'date_of_birth')).toMatchObject({ code: 'FIELD_UNCLEAR' });
    expect(byField(items, 'legal_rep_name')).toMatchObject({ code: 'FIELD_UNREAD', status: 'warn' });
  });

  it('warns FIELD_UNREAD for a birth date not read at all, the registered PRC number holding it (held-out seed 117 #33)', () => {
    const items = check(card('姓名 吴雅涵', '110105197203034425', '出生线丢失'), [
      identifier('110105197203034425', 0.75),
    ]);
    const birth = byField(items, 'date_of_birth');
    expect(birth).toMatchObject({
      code: 'FIELD_UNREAD',
      status: 'warn',
      evidence: { identifiedBy: ['id_number'] },
    });
    expect(birth?.message.en).toContain('ID number and the birth date it holds are the registered ones');
    // Another valid number holds another date: the birth date not found stands.
    expect(
      byField(
        check(card('姓名 吴雅涵', '320106197112260529', '出生线丢失'), [
          identifier('320106197112260529', 0.75),
        ]),
        'date_of_birth',
      ),
    ).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });

  it('still fails when the date of birth is not the registered one', () => {
    const items = check(card('# 起雅洱', '110105197203034425', '1980年1月1日'), [
      identifier('110105197203034425', 0.75),
    ]);
    expect(byField(items, 'legal_rep_name')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });
});

describe('another ID number that holds its own check digit', () => {
  it('is confirmed by the checksum and stays a fail however unsure the OCR was', () => {
    // Seed 43 #55: another person's card read at 37; its number 320106197112260529 is valid.
    const items = check(card('2 Wang Deran', '320106197112260529', '1971年12月26日'), [
      identifier('320106197112260529', 0.1),
    ]);
    const number = byField(items, 'id_number');
    expect(number).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      evidence: { confirmedBy: 'checksum', readAs: '320106197112260529' },
    });
    const softened = applyOcrConfidence(items, { source: 'ocr', confidence: 37 });
    expect(byField(softened, 'id_number')?.status).toBe('fail');
    expect(byField(softened, 'legal_rep_name')?.status).toBe('warn');
  });

  it('is not confirmed when the number read does not hold its check digit', () => {
    const items = check(card('2 Wang Deran', '320106197112260528', '1971年12月26日'), [
      identifier('320106197112260528', 0.1),
    ]);
    expect(byField(items, 'id_number')?.evidence).not.toHaveProperty('confirmedBy');
  });
});

describe('a holder name read surely as another name on a page read unsurely (docs8, seed 79 #51)', () => {
  const SARA: SellerRecord = {
    seller_id: 'S79',
    entity_type: 'individual',
    address: { line1: 'Via Mazzini, 83', city: 'Torino', country: 'IT' },
    legal_rep: { full_name: 'Sara MANCINI', date_of_birth: '1970-09-19', id_number: 'CK33448MH' },
  };
  const italian = (surname: string, given: string) =>
    `REPUBBLICA ITALIANA CARTA DI IDENTITA\nSurname\n${surname}\nGiven names\n${given}\nDate of birth Sex\n04/05/1975 M`;
  const run = (text: string, holder: ReadField) =>
    applyOcrConfidence(
      checkConsistency({
        type: 'government_id',
        reading: { pages: [{ file: 1, page: 1, source: 'ocr', confidence: 44, text }], fields: [holder] },
        seller: SARA,
      }),
      { source: 'ocr', confidence: 44 },
    );

  it("stays a fail: another person's card, whatever the other page's confidence", () => {
    const name = byField(
      run(italian('COLOMBO', 'PAOLA'), holderName('COLOMBO PAOLA', 0.96)),
      'legal_rep_name',
    );
    expect(name).toMatchObject({
      status: 'fail',
      evidence: { confirmedBy: 'confident_read', readAs: 'COLOMBO PAOLA' },
    });
  });

  it('is softened when the name itself was read unsurely, or read as noise', () => {
    expect(
      byField(run(italian('COLOMBO', 'PAOLA'), holderName('COLOMBO PAOLA', 0.85)), 'legal_rep_name')?.status,
    ).toBe('warn');
    expect(byField(run(italian('MA', 'C1 NI'), holderName('MA C1 NI', 0.95)), 'legal_rep_name')?.status).toBe(
      'warn',
    );
    // The zone's name has no check digit: it does not overturn the page's confidence.
    const zone = { ...holderName('COLOMBO PAOLA', 0.97), source: 'mrz' as const };
    expect(byField(run(italian('COLOMBO', 'PAOLA'), zone), 'legal_rep_name')?.status).toBe('warn');
  });
});

// Held-out seed 131 #45: a German passport's `CW9MGW94W`, its `9` read `O` on the page and put
// right as `J` in the zone, which the number's check digit cannot tell from a `9`.
describe("a passport number the zone's check digit cannot tell from the registered one", () => {
  const BRAUN: SellerRecord = {
    seller_id: 'S83',
    entity_type: 'individual',
    address: { line1: 'Hauptstrasse 1', city: 'Koeln', country: 'DE' },
    legal_rep: { full_name: 'Andreas Braun', date_of_birth: '1962-05-06', id_number: 'CW9MGW94W' },
  };
  const lines = [
    'P<D<<BRAUN<<ANDREAS<<<<<<<<<<<<<<<<<<<<<<<<<',
    'CWJMGW94W0D<<6205069F2903116<<<<<<<<<<<<<<08',
  ];
  const zone = (documentNumber: string, status: 'valid' | 'invalid') => ({
    format: 'TD3',
    lines,
    read: 'photo' as const,
    photo: {
      layout: 'TD3' as const,
      lines,
      checkDigits: [{ field: 'documentNumber' as const, status }],
      fields: {
        documentCode: 'P',
        issuingState: 'D<<',
        documentNumber,
        birthDate: '620506',
        expirationDate: '290311',
        nationality: 'D<<',
        sex: 'F',
        lastName: 'BRAUN',
        firstName: 'ANDREAS',
      },
      confidence: 95,
      isConfident: true,
      corrections: 1,
      rotation: 0,
    },
  });
  const numberItem = (documentNumber: string, status: 'valid' | 'invalid' = 'valid') =>
    checkConsistency({
      type: 'government_id',
      reading: {
        pages: [
          {
            file: 1,
            page: 1,
            source: 'ocr',
            confidence: 90,
            text: `Passport No. CWOMGW9o4W\n${lines.join('\n')}`,
          },
        ],
        fields: [],
        zone: zone(documentNumber, status),
      },
      seller: BRAUN,
      mustShow: ['id_number'],
    }).find((c) => c.evidence.field === 'id_number');

  it('warns FIELD_UNCLEAR: the check digit holds for both, so it cannot say which was printed', () => {
    expect(numberItem('CWJMGW94W')).toMatchObject({ code: 'FIELD_UNCLEAR', status: 'warn' });
  });

  it('still fails a number one character off that the check digit tells apart, or whose digit fails', () => {
    expect(numberItem('CW8MGW94W')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(numberItem('CWJMGW94W', 'invalid')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });
});
