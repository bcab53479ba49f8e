import type { StatementCheck } from './check.js';
import { checkLanguage, DEFAULT_LANGUAGE_RULES, type LanguageRules } from './language.check.js';

/** The appeal's plan of action (SPEC section 6): why it happened, what was fixed, how it is prevented. */
export interface PlanOfAction {
  root_cause: string;
  what_was_fixed: string;
  how_prevented: string;
}

const PARTS = ['root_cause', 'what_was_fixed', 'how_prevented'] as const;
type PlanPart = (typeof PARTS)[number];

const PART_NAMES: Record<PlanPart, { en: string; zh: string }> = {
  root_cause: { en: 'the root cause', zh: '根本原因' },
  what_was_fixed: { en: 'what was fixed', zh: '已采取的纠正措施' },
  how_prevented: { en: 'how it is prevented', zh: '预防措施' },
};

export interface PlanRules {
  /** The fewest characters each part may have (after trimming) before the plan fails as too thin. */
  minChars: Record<PlanPart, number>;
  /** The fewest different letters or characters a part may use: "aaaa…" is not a plan. */
  minDistinctChars: number;
  languages: LanguageRules;
}

const DEFAULT_PLAN_RULES: PlanRules = {
  minChars: { root_cause: 20, what_was_fixed: 20, how_prevented: 20 },
  minDistinctChars: 6,
  languages: DEFAULT_LANGUAGE_RULES,
};

/** The rules as the policy's `statements` section gives them. */
export const planRulesOf = (section: {
  languages: { accepted: LanguageRules['accepted']; unaccepted: 'fail' | 'warn' };
  plan_of_action: { min_chars: Record<PlanPart, number> };
}): PlanRules => ({
  ...DEFAULT_PLAN_RULES,
  minChars: section.plan_of_action.min_chars,
  languages: section.languages,
});

const chars = (text: string) => Array.from(text.normalize('NFC').trim());
const norm = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Checks an appeal's plan of action as a statement is checked: each part with substance (the
 * policy's minimum length, more than a few repeated letters), the parts not copies of one another,
 * written in a language the policy accepts. Pure: the appeal refuses a failing plan before it is
 * stored, and preflight shows the same checks.
 */
export function checkPlanOfAction(
  plan: PlanOfAction,
  rules: PlanRules = DEFAULT_PLAN_RULES,
): StatementCheck[] {
  const checks: StatementCheck[] = [];
  const thin = PARTS.filter((part) => {
    const c = chars(plan[part]);
    return (
      c.length < rules.minChars[part] ||
      new Set(c.filter((ch) => /\S/u.test(ch))).size < rules.minDistinctChars
    );
  });
  checks.push(
    thin.length > 0
      ? {
          code: 'PLAN_TOO_THIN',
          status: 'fail',
          message: {
            en: `Say more in ${thin.map((p) => PART_NAMES[p].en).join(', ')}: each part needs at least ${Math.max(...thin.map((p) => rules.minChars[p]))} characters of real explanation, so the reviewer can judge it.`,
            zh: `请补充${thin.map((p) => PART_NAMES[p].zh).join('、')}：每一部分至少需要 ${Math.max(...thin.map((p) => rules.minChars[p]))} 个字符的实际说明，审核人员才能判断。`,
          },
          evidence: {
            parts: thin,
            min_chars: Object.fromEntries(thin.map((p) => [p, rules.minChars[p]])),
            chars: Object.fromEntries(thin.map((p) => [p, chars(plan[p]).length])),
          },
        }
      : {
          code: 'PLAN_SUBSTANTIAL',
          status: 'pass',
          message: {
            en: 'Each part of the plan explains itself.',
            zh: '行动计划的每一部分都有具体说明。',
          },
          evidence: {},
        },
  );
  const repeated = PARTS.filter((part, i) =>
    PARTS.slice(0, i).some((other) => norm(plan[other]) === norm(plan[part])),
  );
  if (repeated.length > 0)
    checks.push({
      code: 'PLAN_PARTS_REPEATED',
      status: 'warn',
      message: {
        en: 'Some parts of the plan repeat the same text: the cause, the fix and the prevention are different questions.',
        zh: '行动计划中有几部分内容相同：根本原因、纠正措施和预防措施是不同的问题，请分别说明。',
      },
      evidence: { parts: repeated },
    });
  checks.push(
    checkLanguage(
      PARTS.map((part) => ({ part, text: plan[part] })),
      rules.languages,
    ),
  );
  return checks;
}
