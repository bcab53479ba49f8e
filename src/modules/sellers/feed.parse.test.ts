import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { FeedKind } from './feed.contract.js';
import { parseFeed } from './feed.parse.js';

async function read(kind: FeedKind, ...chunks: (string | Buffer)[]) {
  const out: string[] = [];
  for await (const parsed of parseFeed(kind, Readable.from(chunks.map((c) => Buffer.from(c))))) {
    if ('rejection' in parsed) out.push(`${parsed.line}:${parsed.rejection.code}`);
    else
      out.push(`${parsed.line}:${parsed.record.seller_id}${parsed.notes.map((n) => `:${n.code}`).join('')}`);
  }
  return out;
}

const seller = (id: string) =>
  JSON.stringify({ seller_id: id, entity_type: 'individual', address: { country: 'GB' } });

describe('reading a feed file (SPEC section 8)', () => {
  it('reports a 10 MB line, an array, deep nesting and broken JSON by code, and loads the rest', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const lines = [
      seller('S1'),
      `{"seller_id":"S2","pad":"${'x'.repeat(10 * 1024 * 1024)}"}`,
      '[{"seller_id":"S3"}]',
      `{"seller_id":"S4","deep":${deep}}`,
      '{"seller_id":',
      seller('S6'),
    ];
    expect(await read('sellers', lines.join('\n'))).toEqual([
      '1:S1',
      '2:LINE_TOO_LONG',
      '3:NOT_AN_OBJECT',
      '4:NESTING_TOO_DEEP',
      '5:MALFORMED_JSON',
      '6:S6',
    ]);
  });

  it('keeps a line whose bytes are not UTF-8, with a note on the field they were in', async () => {
    const broken = Buffer.concat([
      Buffer.from('{"seller_id":"S1","entity_type":"individual","address":{"country":"GB","city":"M'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('nchen"}}\n'),
    ]);
    expect(await read('sellers', broken, `${seller('S2')}\n`)).toEqual(['1:S1:INVALID_UTF8', '2:S2']);
  });

  it('reads a BOM, CRLF, blank lines and duplicated lines', async () => {
    expect(await read('sellers', `\ufeff${seller('S1')}\r\n\r\n${seller('S1')}\r\n${seller('S2')}`)).toEqual([
      '1:S1',
      '3:S1',
      '4:S2',
    ]);
  });

  it('reads CSV rows with trailing commas, quoted numbers, datetimes for dates, and a BOM', async () => {
    const csv =
      '\ufeffseller_id,date,orders,revenue\r\nS1,2026-01-01,"3",9.50,\r\nS1,2026-01-02T00:00:00Z,1,1\r\n\r\nS1,2026-01-03,x,1\r\n';
    expect(await read('sales', csv)).toEqual(['2:S1', '3:S1', '5:S1:INVALID_NUMBER']);
  });
});
