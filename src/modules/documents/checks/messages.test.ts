import { describe, expect, it } from 'vitest';
import { checkItem, decideVerdict, renderMessage, sortChecks } from './check.types.js';
import { CHECK_CODES, FIELD_LABELS, MESSAGES } from './messages.js';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogue', () => {
  it('gives every code an English and a Simplified Chinese message with the same placeholders', () => {
    expect(CHECK_CODES.length).toBeGreaterThan(30);
    for (const code of CHECK_CODES) {
      const { en, zh } = MESSAGES[code];
      expect(en.length, code).toBeGreaterThan(10);
      expect(zh, code).toMatch(/\p{Script=Han}/u);
      expect(placeholders(zh), code).toEqual(placeholders(en));
    }
  });

  it('names stable codes in upper snake case', () => {
    for (const code of CHECK_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('gives every registered field a label in both languages', () => {
    for (const label of Object.values(FIELD_LABELS)) expect(label.zh).toMatch(/\p{Script=Han}/u);
    expect(
      Object.fromEntries(Object.entries(FIELD_LABELS).map(([field, label]) => [field, label.en])),
    ).toEqual({
      legal_name: 'legal name',
      registration_number: 'registration number',
      address: 'address',
      legal_rep_name: "legal representative's name",
      date_of_birth: 'date of birth',
      id_number: 'ID number',
    });
  });

  it('fills placeholders, per language where labels are given', () => {
    const message = renderMessage(
      'FIELD_NOT_FOUND',
      { expected: 'Zhang Wei' },
      { en: { field: FIELD_LABELS.legal_rep_name.en }, zh: { field: FIELD_LABELS.legal_rep_name.zh } },
    );
    expect(message.en).toBe(
      'The registered legal representative\'s name ("Zhang Wei") was not found on the document. Upload a document that shows it, or update your account details.',
    );
    expect(message.zh).toContain('法定代表人姓名（“Zhang Wei”）');
    expect(renderMessage('ID_EXPIRED').en).toContain('{expiry}');
  });
});

describe('verdict', () => {
  const pass = checkItem('validity', 'ID_VALID', 'pass', {}, { expiry: '2030-01-01' });
  const warn = checkItem('validity', 'ID_EXPIRY_NOT_FOUND', 'warn', {});
  const fail = checkItem('identifiers', 'MRZ_CHECK_DIGIT', 'fail', {}, { fields: 'expiry date' });

  it('fails when any check of any document fails, and passes with warnings only', () => {
    expect(decideVerdict([{ checks: [pass, warn] }, { checks: [pass] }])).toBe('pass');
    expect(decideVerdict([{ checks: [pass] }, { checks: [warn, fail] }])).toBe('fail');
    expect(decideVerdict([])).toBe('pass');
  });

  it('sorts checks by group, failures first', () => {
    expect(sortChecks([pass, fail, warn]).map((c) => c.code)).toEqual([
      'ID_EXPIRY_NOT_FOUND',
      'ID_VALID',
      'MRZ_CHECK_DIGIT',
    ]);
  });
});
