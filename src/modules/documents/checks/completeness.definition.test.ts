import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../sellers/index.js';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { Extraction } from '../extract/index.js';
import { readDocument } from '../reading/read-document.js';
import type { DocumentReading } from '../reading/reading.schema.js';
import { type CheckRules, runCheck } from './check.definition.js';
import { completenessCheck } from './completeness.check.js';
import { LEEDS_SELLER } from './fixtures.test-data.js';

// The completeness definition as preflight runs it: each file's pages, the sides and page numbers
// the readers found on them, and the requirement's `all_sides` / `all_pages`.

const PRC_FRONT = '姓名 张伟\n性别 男 民族 汉\n住址 北京市东城区景山前街4号\n公民身份号码 11010519491231002X';
const PRC_BACK = '中华人民共和国\n居民身份证\n签发机关 北京市公安局东城分局\n有效期限 2016.01.01-2036.01.01';

/** A document of files, each a list of page texts, read as preflight reads them. */
function readFiles(type: DocumentType, files: Record<string, string[]>, variant?: string): DocumentReading {
  return readDocument({
    type,
    ...(variant ? { variant } : {}),
    files: Object.entries(files).map(([name, pages]) => ({
      name,
      sha256: name,
      extraction: {
        type: { kind: 'pdf', mime: 'application/pdf' },
        pages: pages.map((text, i) => ({ page: i + 1, source: 'text_layer', text })),
        mrz: null,
        unavailableLanguages: [],
        ocrFailures: [],
      } as unknown as Extraction,
    })),
  });
}

const run = (reading: DocumentReading, requirement?: CheckRules['requirement']) =>
  runCheck(
    completenessCheck,
    reading,
    { asOf: '2026-10-01', limits: DOCUMENT_LIMITS, ...(requirement ? { requirement } : {}) },
    LEEDS_SELLER,
  );

describe('the completeness definition', () => {
  it('says nothing of a document none of whose files opened', () => {
    expect(run({ ...readFiles('government_id', { 'front.jpg': [PRC_FRONT] }), pages: [] })).toEqual([]);
  });

  it('finds both sides of an ID card in two files, naming each file and page', () => {
    const [item, ...rest] = run(
      readFiles('government_id', { 'front.jpg': [PRC_FRONT], 'back.jpg': [PRC_BACK] }),
    );
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      group: 'completeness',
      code: 'ID_SIDES_PROVIDED',
      status: 'pass',
      evidence: {
        pages: 2,
        sides: [
          { file: 'front.jpg', page: 1, side: 'front' },
          { file: 'back.jpg', page: 1, side: 'back' },
        ],
      },
    });
  });

  it('asks for the back when only the front came, unless the requirement waives the sides', () => {
    const front = readFiles('government_id', { 'front.jpg': [PRC_FRONT] });
    expect(run(front)).toEqual([
      expect.objectContaining({
        code: 'ID_SIDE_MISSING',
        status: 'fail',
        evidence: expect.objectContaining({ missing: 'back' }),
      }),
    ]);
    expect(run(front, { all_sides: false })).toEqual([]);
    expect(run(readFiles('government_id', { 'p.jpg': ['Surname SMITH'] }, 'passport'))).toEqual([
      expect.objectContaining({
        code: 'ID_SIDES_PROVIDED',
        evidence: expect.objectContaining({ passport: 'variant' }),
      }),
    ]);
  });

  it('counts the pages of the two sides of one PDF in their order', () => {
    const [item] = run(readFiles('government_id', { 'id.pdf': [PRC_BACK, PRC_FRONT] }));
    expect(item?.evidence.sides).toEqual([
      { file: 'id.pdf', page: 1, side: 'back' },
      { file: 'id.pdf', page: 2, side: 'front' },
    ]);
  });

  it('holds a bill to every page it numbers, naming the file each marker was read in', () => {
    const bill = readFiles('utility_bill', {
      'bill.pdf': ['Yorkshire Water\nPage 1 of 3'],
      'last.pdf': ['Page 3 of 3'],
    });
    expect(run(bill)).toEqual([
      expect.objectContaining({
        code: 'PAGES_MISSING',
        status: 'fail',
        evidence: expect.objectContaining({
          total: 3,
          found: [1, 3],
          missing: [2],
          markers: [
            { file: 'bill.pdf', page: 1, text: 'Page 1 of 3' },
            { file: 'last.pdf', page: 1, text: 'Page 3 of 3' },
          ],
        }),
      }),
    ]);
    expect(run(bill, { all_pages: false })).toEqual([]);
  });

  it('numbers pages only of the types that number them, or when the requirement asks', () => {
    const letter = readFiles('other', { 'letter.pdf': ['Dear seller\nPage 1 of 2'] });
    expect(run(letter)).toEqual([]);
    expect(run(letter, { all_pages: true }).map((item) => item.code)).toEqual(['PAGES_MISSING']);
    expect(run(readFiles('bank_statement', { 's.pdf': ['  '] }))).toEqual([]);
  });
});
