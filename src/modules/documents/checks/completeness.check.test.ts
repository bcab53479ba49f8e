import { describe, expect, it } from 'vitest';
import { PASSPORT_MRZ, PASSPORT_TEXT } from './fixtures.test-data.js';
import {
  checkAllPages,
  checkRequirementsCovered,
  checkSides,
  readIdSide,
  readPageMarkers,
} from './text.test-support.js';

/** The ICAO 9303 TD1 specimen: the zone on the back of an ID card. */
const CARD_BACK = [
  'Issuing authority: Ministry of the Interior',
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
].join('\n');
const CARD_FRONT = 'IDENTITY CARD\nSurname ERIKSSON\nGiven names ANNA MARIA\nDate of birth 12.08.1974';
const PRC_FRONT = '姓名 张伟\n性别 男 民族 汉\n住址 北京市东城区景山前街4号\n公民身份号码 11010519491231002X';
const PRC_BACK = '中华人民共和国\n居民身份证\n签发机关 北京市公安局东城分局\n有效期限 2016.01.01-2036.01.01';
const PASSPORT = `${PASSPORT_TEXT}\n${PASSPORT_MRZ.join('\n')}`;

const file = (name: string, ...pages: string[]) => ({ name, sha256: `sha-${name}`, pages });
const sides = (files: ReturnType<typeof file>[], variant?: string) =>
  checkSides({ type: 'government_id', variant, files, rules: { all_sides: true } });

describe('ID sides', () => {
  it('reads the side from the content: TD1 zone on the back, TD3 on a passport, PRC labels', () => {
    expect(readIdSide(CARD_BACK)).toBe('back');
    expect(readIdSide(PASSPORT)).toBe('passport');
    expect(readIdSide(PRC_FRONT)).toBe('front');
    expect(readIdSide(PRC_BACK)).toBe('back');
    expect(readIdSide(`${PRC_FRONT}\n${PRC_BACK}`)).toBe('both');
    expect(readIdSide('公 民 身 份 号 码 11010519491231002X')).toBe('front');
    expect(readIdSide(CARD_FRONT)).toBe('unknown');
  });

  it('passes an ID card given as two files, and fails one given as a single side', () => {
    expect(sides([file('front.jpg', CARD_FRONT), file('back.jpg', CARD_BACK)])).toMatchObject([
      { code: 'ID_SIDES_PROVIDED', status: 'pass', evidence: { pages: 2 } },
    ]);
    const [only] = sides([file('front.jpg', CARD_FRONT)], 'national_id');
    expect(only).toMatchObject({
      group: 'completeness',
      code: 'ID_SIDE_MISSING',
      status: 'fail',
      evidence: { missing: 'front_or_back' },
    });
    expect(sides([file('back.jpg', CARD_BACK)])[0]).toMatchObject({
      code: 'ID_SIDE_MISSING',
      evidence: { missing: 'front' },
    });
  });

  it('does not count the same bytes twice, and fails two photos of the same side', () => {
    const twice = [file('a.jpg', CARD_FRONT), { ...file('b.jpg', CARD_FRONT), sha256: 'sha-a.jpg' }];
    expect(sides(twice)[0]?.code).toBe('ID_SIDE_MISSING');
    expect(sides([file('back1.jpg', CARD_BACK), file('back2.jpg', CARD_BACK)])[0]).toMatchObject({
      code: 'ID_SIDE_MISSING',
      evidence: { missing: 'front' },
    });
  });

  it('passes both sides in one file: a two-page PDF or a copy showing both sides of a PRC ID', () => {
    expect(sides([file('id.pdf', CARD_FRONT, CARD_BACK)])[0]?.code).toBe('ID_SIDES_PROVIDED');
    expect(sides([file('copy.jpg', `${PRC_FRONT}\n${PRC_BACK}`)])[0]?.code).toBe('ID_SIDES_PROVIDED');
  });

  it('needs one page for a passport, known by its TD3 zone or the variant, unless the content is a card', () => {
    expect(sides([file('passport.jpg', PASSPORT)])[0]).toMatchObject({
      code: 'ID_SIDES_PROVIDED',
      evidence: { passport: 'content' },
    });
    expect(sides([file('passport.jpg', 'unreadable')], 'passport')[0]).toMatchObject({
      code: 'ID_SIDES_PROVIDED',
      evidence: { passport: 'variant' },
    });
    expect(sides([file('card.jpg', CARD_BACK)], 'passport')[0]?.code).toBe('ID_SIDE_MISSING');
  });

  it('applies to government IDs only, and not when the requirement says all_sides: false', () => {
    const one = [file('front.jpg', CARD_FRONT)];
    expect(checkSides({ type: 'utility_bill', files: one })).toEqual([]);
    expect(checkSides({ type: 'government_id', files: one, rules: { all_sides: false } })).toEqual([]);
    expect(checkSides({ type: 'government_id', files: one })[0]?.code).toBe('ID_SIDE_MISSING');
  });
});

describe('all pages', () => {
  it('reads the usual page markers', () => {
    const totals = (text: string) => readPageMarkers(text).map((m) => [m.page, m.total]);
    expect(totals('Statement\nPage 2 of 3')).toEqual([[2, 3]]);
    expect(totals('Page 2/3')).toEqual([[2, 3]]);
    expect(totals('p. 2 of 3')).toEqual([[2, 3]]);
    expect(totals('Seite 2 von 3')).toEqual([[2, 3]]);
    expect(totals('第2页 共3页')).toEqual([[2, 3]]);
    expect(totals('第 2 / 3 页')).toEqual([[2, 3]]);
    expect(totals('共３页，第２页')).toEqual([[2, 3]]);
  });

  it('reads a page number OCR gave with 1 as l, I or | and 0 as O, never a word', () => {
    const totals = (text: string) => readPageMarkers(text).map((m) => [m.page, m.total]);
    // The Chinese model on an English footer: "Page 1 of 2" comes back glued, 1 as l.
    expect(totals('HSBC Hong Kong - statement 2026-10-04      Pagel of2')).toEqual([[1, 2]]);
    expect(totals('Page I of 3')).toEqual([[1, 3]]);
    expect(totals('Page | of 3')).toEqual([[1, 3]]);
    expect(totals('Page 1O of 12')).toEqual([[10, 12]]);
    expect(totals('Page 2 of l2')).toEqual([[2, 12]]);
    // A stray l between the number and "of" is noise when the number with it is past the total.
    expect(totals('Shenzhen Water Group      Page1lof2')).toEqual([[1, 2]]);
    expect(totals('Page 1l of 12')).toEqual([[11, 12]]);
    expect(totals('PAGE 2 OF 3')).toEqual([[2, 3]]);
    expect(totals('page l of lines\nPage 2 of 3pages\nPage ll of 12')).toEqual([]);
  });

  it('does not read dates, flat numbers or impossible pages as markers', () => {
    expect(readPageMarkers('Statement date 12/10/2026\nApt 2/3 Top 1/2\nPage 4 of 3')).toEqual([]);
  });

  it('passes a statement whose numbered pages are all there, across files', () => {
    const check = checkAllPages([
      { file: 'p1.jpg', page: 1, text: 'Barclays\nPage 1 of 2' },
      { file: 'p2.jpg', page: 1, text: 'Page 2 of 2\nClosing balance' },
    ]);
    expect(check).toMatchObject({ code: 'PAGES_COMPLETE', status: 'pass', evidence: { total: 2 } });
  });

  it('fails with the missing pages named', () => {
    const check = checkAllPages([
      { file: 's.pdf', page: 1, text: 'Page 1 of 4' },
      { file: 's.pdf', page: 2, text: 'Page 3 of 4' },
    ]);
    expect(check).toMatchObject({
      group: 'completeness',
      code: 'PAGES_MISSING',
      status: 'fail',
      evidence: { total: 4, found: [1, 3], missing: [2, 4] },
    });
    expect(check.message.en).toBe('Pages missing: 2, 4 (of 4). Upload every page of the document.');
    expect(check.message.zh).toContain('第 2, 4 页（共 4 页）');
  });

  it('warns, not fails, when every page came and the number not found is on a page whose number was not read', () => {
    const check = checkAllPages([
      { file: 'p1.jpg', page: 1, text: 'HSBC Hong Kong\nPage? of 3' },
      { file: 'p2.jpg', page: 1, text: 'Page 2 of 3' },
      { file: 'p3.jpg', page: 1, text: 'Page 3 of 3' },
    ]);
    expect(check).toMatchObject({
      group: 'completeness',
      code: 'PAGES_NUMBER_UNREAD',
      status: 'warn',
      evidence: { total: 3, found: [2, 3], missing: [1], pages: 3, unread_pages: 1 },
    });
    expect(check.message.en).toBe(
      'No page showed the number 1 (of 3), and the page number could not be read on 1 of the pages sent. Make sure every page is included.',
    );
    expect(check.message.zh).toBe(
      '没有页面显示第 1 页（共 3 页）的页码，且所发页面中有 1 页的页码无法识别。请确认已包含全部页面。',
    );
  });

  it('still fails when fewer pages came than the total, whatever was read', () => {
    const check = checkAllPages([
      { file: 'p1.jpg', page: 1, text: 'Statement, page number smudged' },
      { file: 'p3.jpg', page: 1, text: 'Page 3 of 3' },
    ]);
    expect(check).toMatchObject({
      code: 'PAGES_MISSING',
      status: 'fail',
      evidence: { total: 3, found: [3], missing: [1, 2], pages: 2 },
    });
  });

  it('takes the total most pages give, so one misread total does not invent missing pages', () => {
    const check = checkAllPages([
      { file: 's.pdf', page: 1, text: 'Page 1 of 2' },
      { file: 's.pdf', page: 2, text: 'Page 2 of 2\nPage 2 of 8' },
      { file: 's.pdf', page: 3, text: 'Page 1 of 2' },
    ]);
    expect(check).toMatchObject({ code: 'PAGES_COMPLETE', evidence: { total: 2, other_totals: [8] } });
  });

  it('passes a document without page numbers and says none were printed', () => {
    expect(checkAllPages([{ file: 'bill.pdf', page: 1, text: 'Yorkshire Water\nAmount due' }])).toMatchObject(
      { code: 'PAGES_NOT_NUMBERED', status: 'pass', evidence: { markers: 0, pages: 1 } },
    );
  });
});

describe('requirements covered', () => {
  const requirements = [
    { material: 'government_id', kind: 'document', accepted_variants: ['passport', 'national_id'] },
    { material: 'proof_of_address', kind: 'document', accepted_variants: ['utility_bill', 'bank_statement'] },
    { material: 'live_verification', kind: 'live', accepted_variants: ['video_call'] },
  ];

  it('passes each document requirement answered by its material, type or variant', () => {
    const checks = checkRequirementsCovered(requirements, [
      { type: 'government_id', variant: 'passport' },
      { type: 'bank_statement' },
    ]);
    expect(checks.map((c) => [c.code, c.status, c.evidence.material])).toEqual([
      ['REQUIREMENT_PROVIDED', 'pass', 'government_id'],
      ['REQUIREMENT_PROVIDED', 'pass', 'proof_of_address'],
    ]);
  });

  it('fails each document requirement without a document, with the accepted variants', () => {
    const checks = checkRequirementsCovered(requirements, [{ material: 'government_id', type: 'other' }]);
    expect(checks[1]).toMatchObject({
      group: 'completeness',
      code: 'REQUIREMENT_NOT_PROVIDED',
      status: 'fail',
      evidence: { material: 'proof_of_address', accepted_variants: ['utility_bill', 'bank_statement'] },
    });
    expect(checks[1]?.message.en).toBe(
      'No document was provided for "proof of address". Upload one of: utility bill or bank statement.',
    );
    // Alternatives read with 或, in full-width punctuation, without ids.
    expect(checks[1]?.message.zh).toBe(
      '尚未提供“地址证明”所需文件。请上传以下任一文件：水电燃气账单或银行对账单。',
    );
    expect(checks[0]?.status).toBe('pass');
  });

  it("names the accepted documents as they exist in the seller's country", () => {
    const [, address] = checkRequirementsCovered(requirements, [], 'CN');
    expect(address?.message.zh).toContain('国家电网');
    expect(address?.message.en).toContain('State Grid');
    expect(address?.message.en).not.toMatch(/Upload one of: utility bill or/);
    const [, british] = checkRequirementsCovered(requirements, [], 'GB');
    expect(british?.message.en).toContain('a gas, electricity, water or landline bill');
  });
});
