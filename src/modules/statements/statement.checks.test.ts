import { describe, expect, it } from 'vitest';
import { outcomeOf } from './check.js';
import { checkRelationshipStatement, relationshipRulesOf } from './statement.checks.js';
import { StatementsSection } from './statement.policy.js';

const linked = [
  { sellerId: 'S2', storeName: 'Bright Star Outlet' },
  { sellerId: 'S3', storeName: undefined },
];
const entry = (account: string, explanation = 'My brother runs it from our shared office in Shenzhen.') => ({
  account,
  relationship: 'family_member' as const,
  controlled_by: 'Zhang Lei',
  shared: ['address' as const],
  explanation,
});

describe('relationship statement checks', () => {
  it('passes when every linked account is answered, by id or store name in any case', () => {
    const checks = checkRelationshipStatement(
      { entries: [entry('bright star outlet'), entry('S3')] },
      linked,
    );
    expect(checks.map((c) => [c.code, c.status])).toEqual([
      ['STATEMENT_ACCOUNTS_ANSWERED', 'pass'],
      ['STATEMENT_EXPLAINED', 'pass'],
      ['STATEMENT_LANGUAGE_ACCEPTED', 'pass'],
    ]);
    expect(outcomeOf(checks)).toBe('pass');
  });

  it('fails on an unanswered account, saying how many without naming it', () => {
    const checks = checkRelationshipStatement({ entries: [entry('S2')] }, linked);
    const missing = checks.find((c) => c.code === 'STATEMENT_ACCOUNT_MISSING');
    expect(missing).toMatchObject({ status: 'fail', evidence: { missing: 1 } });
    expect(missing?.message.en).not.toContain('S3');
    expect(missing?.message.zh).toContain('2 个关联账户中有 1 个');
    expect(outcomeOf(checks)).toBe('fail');
  });

  it('warns on thin explanations and repeated accounts', () => {
    const checks = checkRelationshipStatement(
      { entries: [entry('S2', 'family'), entry('S2'), entry('S3')] },
      linked,
    );
    expect(checks.filter((c) => c.status === 'warn').map((c) => c.code)).toEqual([
      'STATEMENT_ACCOUNT_REPEATED',
      'STATEMENT_TOO_THIN',
    ]);
    expect(outcomeOf(checks)).toBe('warn');
  });

  it('warns that a reviewer will check the entries when the case names no linked account', () => {
    const checks = checkRelationshipStatement({ entries: [entry('My other store')] }, []);
    expect(checks.map((c) => [c.code, c.status])).toEqual([
      ['STATEMENT_ACCOUNTS_UNCHECKED', 'warn'],
      ['STATEMENT_EXPLAINED', 'pass'],
      ['STATEMENT_LANGUAGE_ACCEPTED', 'pass'],
    ]);
  });

  it('takes its rules from the policy section: a relaxed policy warns on a missing account, a stricter one on length', () => {
    const relaxed = relationshipRulesOf(
      StatementsSection.parse({ relationship: { every_linked_account: false, min_explanation_chars: 80 } }),
    );
    const checks = checkRelationshipStatement({ entries: [entry('S2')] }, linked, relaxed);
    expect(checks.map((c) => [c.code, c.status])).toEqual([
      ['STATEMENT_ACCOUNT_MISSING', 'warn'],
      ['STATEMENT_TOO_THIN', 'warn'],
      ['STATEMENT_LANGUAGE_ACCEPTED', 'pass'],
    ]);
    expect(checks[1]?.message.zh).toContain('少于 80 个字符');
    expect(outcomeOf(checks)).toBe('warn');
    expect(StatementsSection.parse(undefined).relationship).toEqual({
      every_linked_account: true,
      min_explanation_chars: 40,
    });
  });

  it('holds each explanation to the policy languages: Chinese passes with zh accepted, fails with English only', () => {
    const zh = entry('S2', '我哥哥在我们深圳共用的办公室里经营这家店铺，我们共用同一个地址。');
    const both = checkRelationshipStatement({ entries: [zh, entry('S3')] }, linked);
    expect(both.at(-1)).toMatchObject({
      code: 'STATEMENT_LANGUAGE_ACCEPTED',
      status: 'pass',
      evidence: { languages: { 'entries.0.explanation': 'zh', 'entries.1.explanation': 'en' } },
    });
    const englishOnly = relationshipRulesOf(StatementsSection.parse({ languages: { accepted: ['en'] } }));
    const refused = checkRelationshipStatement({ entries: [zh, entry('S3')] }, linked, englishOnly);
    expect(refused.at(-1)).toMatchObject({
      code: 'STATEMENT_LANGUAGE_NOT_ACCEPTED',
      status: 'fail',
      evidence: { not_accepted: ['entries.0.explanation'] },
    });
    expect(outcomeOf(refused)).toBe('fail');
  });
});
