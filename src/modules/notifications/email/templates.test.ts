import { describe, expect, it } from 'vitest';
import { chooseLanguages } from './language.js';
import { escapeHtml } from './render.js';
import { composeEmail, type EmailModel, type RequirementLine } from './templates.js';

const requirement: RequirementLine = {
  title: { en: 'Proof of the registered address', zh: '注册地址证明' },
  kind: 'document',
  reason: 'Logins come from another country.',
  acceptedVariants: ['utility_bill', 'bank_statement'],
  rules: { issued_within_days: 90, all_pages: true, must_show: ['registered_name', 'registered_address'] },
  dueAt: '2026-03-15T08:00:00.000Z',
  errors: [],
};

const opened: EmailModel = {
  template: 'case_opened',
  sellerName: 'BrightStar <script>alert(1)</script> & Co',
  caseId: '0b7e6f1c-0000-4000-8000-000000000001',
  deadlineAt: '2026-03-15T08:00:00.000Z',
  reasons: [{ trigger: 'registration_mismatch', summary: 'Logins come from <b>another</b> country.' }],
  requirements: [requirement],
};

describe('email language rule', () => {
  it('follows a stated preference, else Chinese then English for CN/TW/HK/MO/SG, else English', () => {
    expect(chooseLanguages({ contact: { language: 'zh-CN' }, business: { country: 'US' } })).toEqual(['zh']);
    expect(chooseLanguages({ contact: { language: 'en' }, business: { country: 'CN' } })).toEqual(['en']);
    for (const country of ['CN', 'TW', 'HK', 'MO', 'SG'])
      expect(chooseLanguages({ entity_type: 'business', business: { country } })).toEqual(['zh', 'en']);
    expect(chooseLanguages({ entity_type: 'business', business: { country: 'DE' } })).toEqual(['en']);
    expect(chooseLanguages({ entity_type: 'individual', legal_rep: { nationality: 'HK' } })).toEqual([
      'zh',
      'en',
    ]);
    expect(chooseLanguages({})).toEqual(['en']);
  });
});

describe('email templates', () => {
  it('lists the requirements, their rules and the deadline in English, with a plain-text part', () => {
    const email = composeEmail(opened, ['en']);
    expect(email.subject).toBe('Your account needs a second review (case 0b7e6f1c)');
    expect(email.text).toContain('by 15 March 2026, 08:00 UTC');
    expect(email.text).toContain('- Proof of the registered address');
    expect(email.text).toContain('Accepted: utility bill or bank statement');
    expect(email.text).toContain(
      'Rules: issued within 90 days; every page; showing the registered name, the registered address',
    );
    expect(email.text).toContain('Why: Logins come from another country.');
    expect(email.text).not.toContain('<p>');
  });

  it('writes Simplified Chinese first and English after for a bilingual seller', () => {
    const email = composeEmail(opened, ['zh', 'en']);
    expect(email.subject).toBe(
      '您的账户需要二次审核（案件 0b7e6f1c） / Your account needs a second review (case 0b7e6f1c)',
    );
    expect(email.text.indexOf('注册地址证明')).toBeLessThan(
      email.text.indexOf('Proof of the registered address'),
    );
    expect(email.text).toContain('2026年3月15日 08:00 UTC');
    expect(email.text).toContain('要求：近 90 天内签发；包含所有页面；须显示注册名称、注册地址');
    expect(email.html).toContain('<section lang="zh-Hans">');
  });

  it('never lets seller-controlled text become markup in the HTML part', () => {
    const email = composeEmail(opened, ['en']);
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>another</b>');
    expect(email.html).toContain('BrightStar &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(email.html).toContain('Logins come from &lt;b&gt;another&lt;/b&gt; country.');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('keeps the subject on one line whatever the name holds', () => {
    const email = composeEmail(
      { ...opened, template: 'reminder', daysBefore: 1, requirements: [requirement] },
      ['en'],
    );
    expect(email.subject).toBe('Reminder: 1 day left (case 0b7e6f1c)');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('tells a rejection with its reasons, what holds now and until when to appeal; a final one says so', () => {
    const rejected = composeEmail(
      {
        template: 'decision',
        sellerName: 'S1',
        caseId: opened.caseId,
        outcome: 'rejected',
        reasonCodes: ['DOCUMENT_FORGED'],
        appealUntil: '2026-04-14T08:00:00.000Z',
        restrictions: ['listings_paused', 'payouts_held'],
      },
      ['en'],
    );
    expect(rejected.subject).toBe('The outcome of your second review (case 0b7e6f1c)');
    expect(rejected.text).toContain('Reason codes: DOCUMENT_FORGED');
    expect(rejected.text).toContain('For now, listings are paused and payouts are held.');
    expect(rejected.text).toContain('You may appeal until 14 April 2026, 08:00 UTC');
    const final = composeEmail(
      {
        template: 'appeal_outcome',
        sellerName: 'S1',
        caseId: opened.caseId,
        outcome: 'rejected_final',
        reasonCodes: [],
        restrictions: ['deactivated', 'payouts_held'],
      },
      ['zh'],
    );
    expect(final.subject).toBe('您的申诉结果（案件 0b7e6f1c）');
    expect(final.text).toContain('此决定为最终决定，不能再申诉。');
    expect(final.text).toContain('账户已停用');
    const approved = composeEmail(
      {
        template: 'appeal_outcome',
        sellerName: 'S1',
        caseId: opened.caseId,
        outcome: 'approved',
        reasonCodes: [],
        restrictions: [],
      },
      ['en'],
    );
    expect(approved.subject).toBe('Your appeal is approved (case 0b7e6f1c)');
  });

  it("explains a decision's reasons in the seller's language when their texts are known, codes beside them", () => {
    const reasons = [
      {
        code: 'sales_not_explained',
        text: {
          en: 'The documents provided do not explain the change in your sales.',
          zh: '所提供的材料无法解释销售额的变化。',
        },
      },
    ];
    const model = {
      template: 'decision' as const,
      sellerName: 'S1',
      caseId: opened.caseId,
      outcome: 'rejected' as const,
      reasonCodes: ['sales_not_explained'],
      reasons,
      appealUntil: '2026-04-14T08:00:00.000Z',
      restrictions: ['listings_paused', 'payouts_held'],
    };
    const both = composeEmail(model, ['zh', 'en']);
    expect(both.text).toContain('所提供的材料无法解释销售额的变化。');
    expect(both.text).toContain('原因代码：sales_not_explained');
    expect(both.text).toContain('The documents provided do not explain the change in your sales.');
    expect(both.text).toContain('Reason code: sales_not_explained');
    expect(both.text).not.toContain('Reason codes:');
    const asked = composeEmail(
      {
        template: 'info_requested',
        sellerName: 'S1',
        caseId: opened.caseId,
        deadlineAt: '2026-04-14T08:00:00.000Z',
        requirements: [],
        reasons: [{ code: 'document_illegible', text: { en: 'We could not read it.', zh: '无法辨认。' } }],
      },
      ['en'],
    );
    expect(asked.text).toContain('Why:');
    expect(asked.text).toContain('We could not read it.');
  });

  it('asks for more information with what is due, or points to the portal when nothing is listed', () => {
    const info = composeEmail(
      {
        template: 'info_requested',
        sellerName: 'S1',
        caseId: opened.caseId,
        deadlineAt: '2026-03-15T08:00:00.000Z',
        requirements: [],
        caseUrl: 'https://portal.example.com/seller/cases/x',
      },
      ['en'],
    );
    expect(info.text).toContain('Sign in to see exactly what is asked for.');
    expect(info.text).toContain('Open your case: https://portal.example.com/seller/cases/x');
    expect(info.html).toContain('<a href="https://portal.example.com/seller/cases/x">');
  });
});
