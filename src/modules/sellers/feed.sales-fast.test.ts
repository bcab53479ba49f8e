import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type ParsedLine, parseFeed, parseFeedChunks } from './feed.parse.js';

const source = (chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

async function lineByLine(chunks: string[]) {
  const out: ParsedLine<'sales'>[] = [];
  for await (const parsed of parseFeed('sales', source(chunks))) out.push(parsed);
  return byLine(out);
}

async function byChunks(chunks: string[]) {
  const out: ParsedLine<'sales'>[] = [];
  for await (const chunk of parseFeedChunks('sales', source(chunks))) out.push(...chunk);
  return byLine(out);
}

/** The CSV reader reports a broken quote when it notices, not in line order: compared by line. */
const byLine = (lines: ParsedLine<'sales'>[]) => [...lines].sort((a, b) => a.line - b.line);

/** Every way a file is cut into chunks gives the same lines as the streaming CSV reader. */
async function expectSame(text: string) {
  const expected = await lineByLine([text]);
  expect(await byChunks([text])).toEqual(expected);
  for (const size of [1, 7, 33]) {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    expect(await byChunks(chunks)).toEqual(expected);
  }
  return expected;
}

const HEADER = 'seller_id,date,orders,revenue';

describe('sales lines read a chunk at a time (the bulk import)', () => {
  it('reads canonical lines as the CSV reader does, with their line numbers', async () => {
    const lines = await expectSame(
      `${HEADER}\nS1,2026-05-05,8,334.93\nS1,2026-05-06,19,807.6\n\nS2,2026-05-06,0,0\nS2,2026-05-07,3,12`,
    );
    expect(lines.map((l) => l.line)).toEqual([2, 3, 5, 6]);
  });

  it('gives respelled, noted and refused lines the contract’s notes and codes', async () => {
    const lines = await expectSame(
      [
        HEADER,
        'S1,2026-05-05,8,334.93',
        ' S1 , 2026/05/06 , 19 , 807.666',
        'S1,2026-02-30,1,1',
        'S1,1850-01-01,1,1',
        'S1,2026-05-07,-3,abc',
        ',2026-05-07,1,1',
        'S1,2026-05-08',
        'S1,2026-05-09,1,1,extra',
        '   ',
        'bad id!,2026-05-09,1,1',
        'S1,20260510,1e3,1.005',
        'S1,2026-05-11,1234567890123,1',
        'S1,2026-05-12,1,12345678901.5',
        '',
      ].join('\n'),
    );
    expect(lines.filter((l) => 'rejection' in l).length).toBeGreaterThan(2);
    expect(lines.some((l) => 'notes' in l && l.notes.length > 0)).toBe(true);
  });

  it('hands the rest of the file to the CSV reader from a quoted field on, line numbers kept', async () => {
    const lines = await expectSame(
      `${HEADER}\nS1,2026-05-05,8,1\n"S2","2026-05-06",1,"2"\nS3,2026-05-07,"multi\nline",3\nS4,2026-05-08,"unclosed\nS5,2026-05-09,1,1\n`,
    );
    expect(lines.length).toBeGreaterThan(2);
  });

  it('reads CRLF files, a byte-order mark, and a header in another order or with more columns', async () => {
    await expectSame(`\ufeff${HEADER}\r\nS1,2026-05-05,8,1\r\nS2,2026-05-06,1,2\r\n`);
    await expectSame(`${HEADER}\r\nS1,2026-05-05,8,1\nS2,2026-05-06,1,2\r\n`);
    await expectSame(`${HEADER}\nS1,2026-05-05,8,1\r\nS2,2026-05-06,1,2\n`);
    await expectSame('date,seller_id,revenue,orders\n2026-05-05,S1,1,8\n');
    await expectSame(`${HEADER},region\nS1,2026-05-05,8,1,EU\n`);
    await expectSame('seller_id,date\nS1,2026-05-05\n');
    await expectSame('');
    await expectSame(HEADER);
  });
});
