import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export type FeedLine =
  | { number: number; text: string; tooLong: false }
  | { number: number; text: ''; tooLong: true };

/**
 * Splits a byte stream into lines, holding at most `maxLineBytes` of one line in memory: a longer
 * line is reported as too long and skipped up to its end, and reading goes on with the next line.
 */
export async function* readLines(
  source: Readable | AsyncIterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<FeedLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let skipping = false;
  let number = 0;
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
      first = false;
    }
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      number += 1;
      const piece = text.slice(start, end);
      start = end + 1;
      if (skipping) {
        skipping = false;
        continue;
      }
      const line = pending + piece;
      pending = '';
      if (Buffer.byteLength(line) > maxLineBytes) yield { number, text: '', tooLong: true };
      else yield { number, text: stripCarriageReturn(line), tooLong: false };
    }
    if (skipping) continue;
    pending += text.slice(start);
    if (Buffer.byteLength(pending) > maxLineBytes) {
      yield { number: number + 1, text: '', tooLong: true };
      pending = '';
      skipping = true;
    }
  }
  pending += decoder.end();
  if (!skipping && pending.length > 0) {
    number += 1;
    yield { number, text: stripCarriageReturn(pending), tooLong: false };
  }
}

const stripCarriageReturn = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** Groups a stream of lines in arrays of up to 1000, so that a consumer awaits once per group. */
export async function* inChunks<T>(lines: AsyncIterable<T>): AsyncGenerator<T[]> {
  let out: T[] = [];
  for await (const line of lines) {
    out.push(line);
    if (out.length >= 1000) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}
