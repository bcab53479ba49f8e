import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { DocumentReading } from '../reading/reading.schema.js';
import { defineCheck, emitterOf, messagesOf, runCheck } from './check.definition.js';
import { LEEDS_SELLER } from './fixtures.test-data.js';
import { MESSAGES } from './messages.js';

// A definition's item builder: its group, its own messages, placeholders filled per language.

const definition = defineCheck({
  id: 'fixture',
  group: 'validity',
  codes: {
    FIXTURE: { en: 'Seen {what} in {where} ({missing}).', zh: '在{where}看到{what}（{missing}）。' },
  },
  check: (reading, rules, profile, emit) => [
    emit(
      'FIXTURE',
      'warn',
      { type: reading.type, asOf: rules.asOf, seller: profile.seller_id },
      { what: 'x' },
    ),
  ],
});

describe('the item builder of a definition', () => {
  it('renders its own message in both languages with the group, code, status and evidence', () => {
    const emit = emitterOf(definition);
    expect(emit('FIXTURE', 'fail', { a: 1 }, { what: 'a date', where: 'the text' })).toEqual({
      group: 'validity',
      code: 'FIXTURE',
      status: 'fail',
      message: { en: 'Seen a date in the text ({missing}).', zh: '在the text看到a date（{missing}）。' },
      evidence: { a: 1 },
    });
  });

  it('takes labels per language over the parameters', () => {
    const item = emitterOf(definition)(
      'FIXTURE',
      'pass',
      {},
      { what: 'w', where: 'p' },
      { en: { where: 'page 2' }, zh: { where: '第 2 页' } },
    );
    expect(item.message).toEqual({
      en: 'Seen w in page 2 ({missing}).',
      zh: '在第 2 页看到w（{missing}）。',
    });
    expect(emitterOf(definition)('FIXTURE', 'pass', {}).message.en).toBe(
      'Seen {what} in {where} ({missing}).',
    );
    expect(emitterOf(definition)('FIXTURE', 'pass', {}, { what: 0 }).message.en).toBe(
      'Seen 0 in {where} ({missing}).',
    );
  });

  it('runs a definition over a reading with the rules and the profile', () => {
    const reading = { type: 'utility_bill' } as DocumentReading;
    expect(
      runCheck(definition, reading, { asOf: '2026-11-29', limits: DOCUMENT_LIMITS }, LEEDS_SELLER),
    ).toEqual([
      {
        group: 'validity',
        code: 'FIXTURE',
        status: 'warn',
        message: { en: 'Seen x in {where} ({missing}).', zh: '在{where}看到x（{missing}）。' },
        evidence: { type: 'utility_bill', asOf: '2026-11-29', seller: 'S1' },
      },
    ]);
  });

  it("takes the catalogue's messages of the codes named", () => {
    expect(messagesOf('FIELD_FOUND', 'IBAN_VALID')).toEqual({
      FIELD_FOUND: MESSAGES.FIELD_FOUND,
      IBAN_VALID: MESSAGES.IBAN_VALID,
    });
    expect(messagesOf()).toEqual({});
  });
});
