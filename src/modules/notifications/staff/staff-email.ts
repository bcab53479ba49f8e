import type { Language } from '../email/language.js';
import { type RenderedEmail, renderEmail } from '../email/render.js';
import { formatDate } from '../email/words.js';
import type { StaffNotificationKind } from './staff-notifications.repository.js';

/** What a staff email says: the kind, the case, and (for an SLA) when it is due. No seller data. */
export interface StaffEmailModel {
  kind: StaffNotificationKind;
  caseId: string;
  /** The review SLA, for `sla_near_breach`. */
  dueAt?: string;
  /** The back office's case page, when the deployment names its portal. */
  caseUrl?: string;
}

const SUBJECT: Record<StaffNotificationKind, Record<Language, string>> = {
  sla_near_breach: { en: 'A case is about to breach its review SLA', zh: '案件即将超出审核时限' },
  appeal_filed: { en: 'An appeal was filed', zh: '卖家已提交申诉' },
  case_assigned: { en: 'A case was assigned to you', zh: '有案件分配给您' },
};

function body(model: StaffEmailModel, language: Language): string {
  const id = model.caseId;
  if (language === 'zh') {
    if (model.kind === 'sla_near_breach')
      return `案件 ${id} 仍在审核队列中，审核时限为 ${model.dueAt ? formatDate(model.dueAt, 'zh') : '（未知）'}。`;
    if (model.kind === 'appeal_filed') return `卖家对案件 ${id} 的拒绝决定提交了申诉，案件已回到审核队列。`;
    return `案件 ${id} 已分配给您审核。`;
  }
  if (model.kind === 'sla_near_breach')
    return `Case ${id} is still in the review queue; its review is due ${model.dueAt ? formatDate(model.dueAt, 'en') : '(unknown)'}.`;
  if (model.kind === 'appeal_filed')
    return `The seller appealed the rejection of case ${id}; the case is back in the review queue.`;
  return `Case ${id} was assigned to you for review.`;
}

/** The email of one staff notice, in the staff member's language. */
export function composeStaffEmail(model: StaffEmailModel, language: Language): RenderedEmail {
  return renderEmail([
    {
      language,
      content: {
        subject: SUBJECT[model.kind][language],
        blocks: [
          { kind: 'paragraph', text: body(model, language) },
          ...(model.caseUrl
            ? [
                {
                  kind: 'link' as const,
                  label: language === 'zh' ? '打开案件' : 'Open the case',
                  url: model.caseUrl,
                },
              ]
            : []),
        ],
      },
    },
  ]);
}
