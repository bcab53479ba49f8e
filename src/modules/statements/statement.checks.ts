import type { StatementCheck } from './check.js';
import { checkLanguage, DEFAULT_LANGUAGE_RULES, type LanguageRules } from './language.check.js';
import {
  type LinkedAccount,
  matchLinkedAccount,
  type RelationshipStatement,
} from './relationship.statement.js';

export interface StatementRules {
  /** The fewest characters an explanation may have before it reads as too thin. */
  minExplanationChars: number;
  /** An unanswered linked account fails the statement (`true`) or only warns. */
  everyLinkedAccount: boolean;
  /** The language rule: each explanation in a language the policy accepts. */
  languages: LanguageRules;
}

const DEFAULT_STATEMENT_RULES: StatementRules = {
  minExplanationChars: 40,
  everyLinkedAccount: true,
  languages: DEFAULT_LANGUAGE_RULES,
};

/** The rules as the policy's `statements` section gives them. */
export const relationshipRulesOf = (section: {
  languages: LanguageRules;
  relationship: { every_linked_account: boolean; min_explanation_chars: number };
}): StatementRules => ({
  minExplanationChars: section.relationship.min_explanation_chars,
  everyLinkedAccount: section.relationship.every_linked_account,
  languages: section.languages,
});

/**
 * Checks a relationship statement against the accounts the case links: every linked account
 * answered once, each explanation with some substance. Never names a linked account the seller
 * did not name: the seller learns how many are missing, not which.
 */
export function checkRelationshipStatement(
  statement: RelationshipStatement,
  linked: readonly LinkedAccount[],
  rules: StatementRules = DEFAULT_STATEMENT_RULES,
): StatementCheck[] {
  const checks: StatementCheck[] = [];
  const answered = new Map<string, number>();
  for (const entry of statement.entries) {
    const account = matchLinkedAccount(entry.account, linked);
    if (account) answered.set(account.sellerId, (answered.get(account.sellerId) ?? 0) + 1);
  }
  const missing = linked.filter((a) => !answered.has(a.sellerId)).length;
  checks.push(
    linked.length === 0
      ? {
          // A case opened by hand may name no linked account: the entries cannot be checked here.
          code: 'STATEMENT_ACCOUNTS_UNCHECKED',
          status: 'warn',
          message: {
            en: 'This case does not list the linked accounts, so a reviewer will check your entries against them.',
            zh: '本案件没有列出关联账户，审核人员会逐条核对您的说明。',
          },
          evidence: { answered: statement.entries.length },
        }
      : missing > 0
        ? {
            code: 'STATEMENT_ACCOUNT_MISSING',
            status: rules.everyLinkedAccount ? 'fail' : 'warn',
            message: {
              en: `${missing} of the ${linked.length} linked accounts are not answered: add an entry for each account you share anything with.`,
              zh: `${linked.length} 个关联账户中有 ${missing} 个没有说明：请为每个与您有共享信息的账户各写一条说明。`,
            },
            evidence: { linked: linked.length, answered: answered.size, missing },
          }
        : {
            code: 'STATEMENT_ACCOUNTS_ANSWERED',
            status: 'pass',
            message: {
              en: `Every one of the ${linked.length} linked accounts is answered.`,
              zh: `${linked.length} 个关联账户均已说明。`,
            },
            evidence: { linked: linked.length, answered: answered.size },
          },
  );
  const repeated = [...answered.values()].filter((n) => n > 1).length;
  if (repeated > 0)
    checks.push({
      code: 'STATEMENT_ACCOUNT_REPEATED',
      status: 'warn',
      message: {
        en: 'The same account is answered more than once: keep one entry per account.',
        zh: '同一个账户有多条说明：每个账户只保留一条。',
      },
      evidence: { repeated },
    });
  const thin = statement.entries
    .map((entry, index) => ({ index, length: entry.explanation.trim().length }))
    .filter((e) => e.length < rules.minExplanationChars);
  checks.push(
    thin.length > 0
      ? {
          code: 'STATEMENT_TOO_THIN',
          status: 'warn',
          message: {
            en: `Entries ${thin.map((t) => t.index + 1).join(', ')} explain in fewer than ${rules.minExplanationChars} characters why the accounts share what they share: say more, so the reviewer need not ask.`,
            zh: `第 ${thin.map((t) => t.index + 1).join('、')} 条说明少于 ${rules.minExplanationChars} 个字符：请说明账户为何共享这些信息，以免审核人员再次询问。`,
          },
          evidence: { entries: thin.map((t) => t.index), min_chars: rules.minExplanationChars },
        }
      : {
          code: 'STATEMENT_EXPLAINED',
          status: 'pass',
          message: { en: 'Each entry explains the link.', zh: '每条说明都解释了关联原因。' },
          evidence: {},
        },
  );
  checks.push(
    checkLanguage(
      statement.entries.map((entry, i) => ({ part: `entries.${i}.explanation`, text: entry.explanation })),
      rules.languages,
    ),
  );
  return checks;
}
