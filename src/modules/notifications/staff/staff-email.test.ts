import { describe, expect, it } from 'vitest';
import { composeStaffEmail } from './staff-email.js';

const caseId = '11111111-2222-4333-8444-555555555555';

describe('staff emails', () => {
  it('say what happened to which case, in English or in Chinese with full-width punctuation', () => {
    const en = composeStaffEmail({ kind: 'sla_near_breach', caseId, dueAt: '2026-12-02T08:00:00Z' }, 'en');
    expect(en.subject).toBe('A case is about to breach its review SLA');
    expect(en.text).toContain(
      `Case ${caseId} is still in the review queue; its review is due 2 December 2026, 08:00 UTC.`,
    );
    const zh = composeStaffEmail({ kind: 'appeal_filed', caseId }, 'zh');
    expect(zh.subject).toBe('卖家已提交申诉');
    expect(zh.text).toContain(`卖家对案件 ${caseId} 的拒绝决定提交了申诉，案件已回到审核队列。`);
    expect(zh.text).not.toMatch(/[A-Za-z]{3,}/);
    expect(zh.html).toContain('lang="zh-Hans"');
  });

  it('link to the back office’s case page when the portal is known, and carry no markup from outside', () => {
    const email = composeStaffEmail(
      { kind: 'case_assigned', caseId, caseUrl: `https://review.example/office/cases/${caseId}?a=<b>` },
      'en',
    );
    expect(email.subject).toBe('A case was assigned to you');
    expect(email.text).toContain(`Open the case: https://review.example/office/cases/${caseId}`);
    expect(email.html).not.toContain('<b>');
  });
});
