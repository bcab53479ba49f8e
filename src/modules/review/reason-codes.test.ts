import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { DECISIONS, loadReasonCodes, parseReasonCodes, resolveReasons } from './reason-codes.js';

const catchError = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('the shipped reason codes', () => {
  it('are valid, with seller texts in English and Simplified Chinese for every code', async () => {
    const catalogue = await loadReasonCodes();
    expect(catalogue.codes.length).toBeGreaterThanOrEqual(DECISIONS.length);
    for (const entry of catalogue.codes) {
      expect(entry.seller_text.en).toMatch(/[A-Za-z]/);
      expect(entry.seller_text.zh, entry.code).toMatch(/\p{Script=Han}/u);
    }
  });

  it('give every decision several reasons to choose from', async () => {
    const catalogue = await loadReasonCodes();
    for (const decision of DECISIONS)
      expect(
        catalogue.codes.filter((c) => c.decisions.includes(decision)).length,
        decision,
      ).toBeGreaterThanOrEqual(3);
  });

  it('never tell a seller about staff: no reviewer, internal or note words in seller texts', async () => {
    for (const entry of (await loadReasonCodes()).codes)
      expect(entry.seller_text.en.toLowerCase()).not.toMatch(/reviewer|internal|note|staff/);
  });
});

describe('resolveReasons', () => {
  it('answers the codes with their texts', async () => {
    const catalogue = await loadReasonCodes();
    const [reason] = resolveReasons(catalogue, 'rejected', ['document_altered'], 'body.reason_codes');
    expect(reason).toEqual({
      code: 'document_altered',
      text: { en: expect.stringContaining('altered'), zh: expect.stringContaining('修改') },
    });
  });

  it('refuses an unknown code and one meant for another decision, naming where', async () => {
    const catalogue = await loadReasonCodes();
    expect(
      catchError(() =>
        resolveReasons(catalogue, 'approved', ['documents_verified', 'nope'], 'body.reason_codes'),
      ),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { where: 'body.reason_codes.1' },
    });
    expect(
      catchError(() => resolveReasons(catalogue, 'approved', ['document_altered'], 'body.reason_codes')),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { where: 'body.reason_codes.0', decisions: ['rejected'] },
    });
  });
});

describe('parseReasonCodes', () => {
  const entry = (code: string, decisions: string[]) => ({
    code,
    decisions,
    label: code,
    seller_text: { en: 'Text.', zh: '文本。' },
  });
  const complete = [entry('a', ['approved']), entry('b', ['info_requested']), entry('c', ['rejected'])];

  it('refuses a code listed twice, a decision without codes and unknown keys', () => {
    for (const document of [
      { version: '2026-01-01.1', codes: [...complete, entry('a', ['rejected'])] },
      { version: '2026-01-01.1', codes: complete.slice(0, 2) },
      { version: '2026-01-01.1', codes: complete, extra: true },
    ]) {
      const error = catchError(() => parseReasonCodes(document));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect(parseReasonCodes({ version: '2026-01-01.1', codes: complete }).codes).toHaveLength(3);
  });
});
