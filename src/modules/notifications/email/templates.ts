import type { Language } from './language.js';
import { type EmailBlock, type EmailContent, type RenderedEmail, renderEmail } from './render.js';
import {
  describeRules,
  formatDate,
  joinWords,
  RESTRICTION_WORDS,
  triggerWords,
  VARIANT_WORDS,
  wordFor,
} from './words.js';

/** A requirement as an email lists it. */
export interface RequirementLine {
  title: { en: string; zh: string };
  kind: string;
  reason: string;
  acceptedVariants: string[];
  rules: Record<string, unknown>;
  dueAt: string;
  errors: string[];
}

/** A decision's reason as the seller was told it: the code and its seller text (snapshotted in the decision). */
export interface ReasonLine {
  code: string;
  text: { en: string; zh: string };
}

interface Common {
  /** Seller-controlled (the store or legal name): escaped in HTML like everything else. */
  sellerName: string;
  caseId: string;
  /** A link to the case in the seller portal, when the deployment has one. */
  caseUrl?: string;
}

export type EmailModel = Common &
  (
    | {
        template: 'case_opened';
        deadlineAt: string;
        reasons: { trigger: string; summary: string }[];
        requirements: RequirementLine[];
      }
    | { template: 'reminder'; deadlineAt: string; daysBefore: number; requirements: RequirementLine[] }
    | {
        template: 'info_requested';
        deadlineAt: string;
        requirements: RequirementLine[];
        /** Why the reviewer asks, in the seller's words, when the decision is known. */
        reasons?: ReasonLine[];
      }
    | {
        template: 'decision' | 'appeal_outcome';
        outcome: 'approved' | 'rejected' | 'rejected_final';
        reasonCodes: string[];
        /** The reason codes with their seller texts, when the decision is known; else only the codes show. */
        reasons?: ReasonLine[];
        /** Set when the seller may still appeal. */
        appealUntil?: string;
        restrictions: string[];
      }
  );

/** The email for `model` in the seller's language(s) (see `chooseLanguages`), as text and HTML. */
export function composeEmail(model: EmailModel, languages: readonly Language[]): RenderedEmail {
  return renderEmail(languages.map((language) => ({ language, content: contentFor(model, language) })));
}

function contentFor(model: EmailModel, language: Language): EmailContent {
  const zh = language === 'zh';
  const ref = model.caseId.slice(0, 8);
  const greeting: EmailBlock = {
    kind: 'paragraph',
    text: zh ? `${model.sellerName}，您好：` : `Hello ${model.sellerName},`,
  };
  const link: EmailBlock[] = model.caseUrl
    ? [{ kind: 'link', label: zh ? '查看您的审核案件' : 'Open your case', url: model.caseUrl }]
    : [];
  const signOff: EmailBlock = {
    kind: 'paragraph',
    text: zh
      ? `案件编号：${model.caseId}\nSecond Look 二次审核团队`
      : `Case reference: ${model.caseId}\nThe Second Look review team`,
  };
  switch (model.template) {
    case 'case_opened':
      return {
        subject: zh
          ? `您的账户需要二次审核（案件 ${ref}）`
          : `Your account needs a second review (case ${ref})`,
        blocks: [
          greeting,
          {
            kind: 'paragraph',
            text: zh
              ? `我们需要再次核实您的账户，原因如下。请在 ${formatDate(model.deadlineAt, language)} 之前提交以下材料。`
              : `We need to check your account again, for the reasons below. Please provide the materials listed by ${formatDate(model.deadlineAt, language)}.`,
          },
          {
            kind: 'list',
            items: model.reasons.map((r) => ({
              title: triggerWords(r.trigger, language),
              lines: zh ? [] : [r.summary],
            })),
          },
          { kind: 'paragraph', text: zh ? '需要提交的材料：' : 'What to provide:' },
          requirementList(model.requirements, language),
          ...link,
          signOff,
        ],
      };
    case 'reminder':
      return {
        subject: zh
          ? `提醒：还有 ${model.daysBefore} 天截止（案件 ${ref}）`
          : `Reminder: ${model.daysBefore} ${model.daysBefore === 1 ? 'day' : 'days'} left (case ${ref})`,
        blocks: [
          greeting,
          {
            kind: 'paragraph',
            text: zh
              ? `您的二次审核材料将于 ${formatDate(model.deadlineAt, language)} 截止。以下材料尚未提交或未通过检查。逾期未提交，案件将过期，账户限制将继续有效。`
              : `Your second review is due on ${formatDate(model.deadlineAt, language)}. The materials below are still missing or did not pass their checks. If the deadline passes, the case expires and the account's restrictions stay.`,
          },
          requirementList(model.requirements, language),
          ...link,
          signOff,
        ],
      };
    case 'info_requested':
      return {
        subject: zh
          ? `审核人员需要更多信息（案件 ${ref}）`
          : `Your reviewer needs more information (case ${ref})`,
        blocks: [
          greeting,
          {
            kind: 'paragraph',
            text: zh
              ? `审核人员查看了您提交的材料，需要您补充以下信息，请在 ${formatDate(model.deadlineAt, language)} 之前提交。`
              : `A reviewer looked at your submission and needs more from you. Please provide the following by ${formatDate(model.deadlineAt, language)}.`,
          },
          ...reasonBlocks(model.reasons ?? [], language),
          requirementList(model.requirements, language),
          ...link,
          signOff,
        ],
      };
    case 'decision':
    case 'appeal_outcome':
      return decisionContent(model, language, { greeting, link, signOff, ref });
  }
}

function decisionContent(
  model: Extract<EmailModel, { template: 'decision' | 'appeal_outcome' }>,
  language: Language,
  parts: { greeting: EmailBlock; link: EmailBlock[]; signOff: EmailBlock; ref: string },
): EmailContent {
  const zh = language === 'zh';
  const isAppeal = model.template === 'appeal_outcome';
  const what = zh ? (isAppeal ? '申诉' : '二次审核') : isAppeal ? 'appeal' : 'second review';
  const restrictions = model.restrictions.map((r) => wordFor(RESTRICTION_WORDS, r, language));
  const blocks: EmailBlock[] = [parts.greeting];
  const explained = model.reasons?.length ? reasonBlocks(model.reasons, language) : undefined;
  if (model.outcome === 'approved')
    blocks.push(
      {
        kind: 'paragraph',
        text: zh
          ? `您的${what}已通过。此案件对账户的限制已解除。`
          : `Your ${what} is approved. The restrictions this case placed on the account are lifted.`,
      },
      ...(explained ?? []),
    );
  else
    blocks.push(
      {
        kind: 'paragraph',
        text: zh ? `很遗憾，您的${what}未通过。` : `We are sorry: your ${what} was not successful.`,
      },
      ...(explained ??
        (model.reasonCodes.length
          ? [
              {
                kind: 'paragraph' as const,
                text: zh
                  ? `原因代码：${model.reasonCodes.join('、')}`
                  : `Reason codes: ${model.reasonCodes.join(', ')}`,
              },
            ]
          : [])),
      ...(restrictions.length
        ? [
            {
              kind: 'paragraph' as const,
              text: zh
                ? `目前：${restrictions.join('；')}。`
                : `For now, ${joinWords(restrictions, 'en', 'and')}.`,
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: model.appealUntil
          ? zh
            ? `您可以在 ${formatDate(model.appealUntil, language)} 之前提出申诉：说明问题的根本原因、已采取的纠正措施以及如何防止再次发生，并附上新的材料。`
            : `You may appeal until ${formatDate(model.appealUntil, language)}: explain the root cause, what you fixed and how you will prevent it, and add new documents.`
          : zh
            ? '此决定为最终决定，不能再申诉。'
            : 'This decision is final and cannot be appealed.',
      },
    );
  return {
    subject:
      model.outcome === 'approved'
        ? zh
          ? `您的${what}已通过（案件 ${parts.ref}）`
          : `Your ${what} is approved (case ${parts.ref})`
        : zh
          ? `您的${what}结果（案件 ${parts.ref}）`
          : `The outcome of your ${what} (case ${parts.ref})`,
    blocks: [...blocks, ...parts.link, parts.signOff],
  };
}

/** "Why:" and each reason in the seller's language, its code under it (to quote when writing to support). */
function reasonBlocks(reasons: ReasonLine[], language: Language): EmailBlock[] {
  if (reasons.length === 0) return [];
  const zh = language === 'zh';
  return [
    { kind: 'paragraph', text: zh ? '原因：' : 'Why:' },
    {
      kind: 'list',
      items: reasons.map((r) => ({
        title: r.text[language],
        lines: [zh ? `原因代码：${r.code}` : `Reason code: ${r.code}`],
      })),
    },
  ];
}

function requirementList(requirements: RequirementLine[], language: Language): EmailBlock {
  const zh = language === 'zh';
  if (requirements.length === 0)
    return {
      kind: 'paragraph',
      text: zh ? '请登录查看具体需要提交的内容。' : 'Sign in to see exactly what is asked for.',
    };
  return {
    kind: 'list',
    items: requirements.map((r) => {
      const variants = r.acceptedVariants.map((v) => wordFor(VARIANT_WORDS, v, language));
      const rules = describeRules(r.rules, language);
      return {
        title: r.title[language],
        lines: [
          ...(r.kind === 'document' && variants.length
            ? [zh ? `可接受：${joinWords(variants, language)}` : `Accepted: ${joinWords(variants, language)}`]
            : []),
          ...(rules ? [zh ? `要求：${rules}` : `Rules: ${rules}`] : []),
          ...(r.errors.length
            ? [
                zh
                  ? `上次提交未通过：${r.errors.join('、')}`
                  : `Your last upload failed: ${r.errors.join(', ')}`,
              ]
            : []),
          ...(zh ? [] : [`Why: ${r.reason}`]),
          zh ? `截止：${formatDate(r.dueAt, language)}` : `Due: ${formatDate(r.dueAt, language)}`,
        ],
      };
    }),
  };
}
