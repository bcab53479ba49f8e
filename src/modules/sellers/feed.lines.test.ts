import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from './feed.lines.js';

async function collect(chunks: (string | Buffer)[], max = 1000) {
  const lines = [];
  for await (const line of readLines(Readable.from(chunks), max)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('numbers lines from 1, across chunk boundaries, with CRLF and a BOM', async () => {
    const lines = await collect(['\uFEFFa\r\nb', 'c\n\nd']);
    expect(lines.map((l) => [l.number, l.text])).toEqual([
      [1, 'a'],
      [2, 'bc'],
      [3, ''],
      [4, 'd'],
    ]);
  });

  it('keeps multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('张伟\n');
    const lines = await collect([bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(lines[0]?.text).toBe('张伟');
  });

  it('reports a line that is too long and carries on with the next', async () => {
    const lines = await collect(['ok\n', 'x'.repeat(30), 'x'.repeat(30), '\nfine\n'], 40);
    expect(lines.map((l) => [l.number, l.tooLong, l.text])).toEqual([
      [1, false, 'ok'],
      [2, true, ''],
      [3, false, 'fine'],
    ]);
  });

  it('gives back exactly the lines that were written, however the stream is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme' }).filter((s) => !/[\r\n]/.test(s))),
        fc.nat(50),
        async (texts, cut) => {
          const joined = Buffer.from(texts.map((t) => `${t}\n`).join(''));
          const size = Math.max(1, cut);
          const chunks: Buffer[] = [];
          for (let i = 0; i < joined.length; i += size) chunks.push(joined.subarray(i, i + size));
          const lines = await collect(chunks, 10_000);
          expect(lines.map((l) => l.text)).toEqual(
            texts.map((t, i) => (i === 0 ? t.replace(/^\uFEFF/, '') : t)),
          );
        },
      ),
    );
  });
});
