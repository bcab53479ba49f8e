import { describe, expect, it } from 'vitest';
import { reasonText } from './reason.text.js';

describe('reasonText', () => {
  it('tells a missing document in Chinese from the evidence, with 和 between several', () => {
    const text = reasonText('missing_documentation', 'Your account lacks a valid proof of address.', {
      gaps: [
        { document: 'proof_of_address', problem: 'absent' },
        { document: 'government_id', problem: 'expired', expired_on: '2026-01-31' },
      ],
    });
    expect(text.en).toBe('Your account lacks a valid proof of address.');
    expect(text.zh).toBe('您的账户缺少有效的地址证明和政府签发的身份证件（已于2026-01-31过期）。');
  });

  it('tells an identity check and a registration mismatch in Chinese', () => {
    expect(
      reasonText('identity_verification', 'x', {
        latest_check: { at: '2026-08-14T10:00:00Z', result: 'incomplete', reason: 'selfie_missing' },
      }).zh,
    ).toBe('您在2026-08-14的身份验证未完成，因此我们需要再次验证您的身份。');
    expect(
      reasonText('registration_mismatch', 'x', { registered_country: 'GB', operating_country: 'TR' }).zh,
    ).toBe('您的账户注册地为GB，但近期大部分登录来自TR。');
  });

  it("falls back to the trigger's registered summary for what staff typed and what the evidence cannot tell", () => {
    expect(reasonText('sales_anomaly', 'Your orders rose.', {}).zh).toMatch(/[\u4e00-\u9fff]/);
    const typed = reasonText('missing_documentation', 'Typed by staff', { opened_by_staff: true });
    expect(typed).toEqual({ en: 'Typed by staff', zh: '必需文件缺失、被拒绝或已过期' });
  });

  it('shows what staff typed in Chinese as typed, and what they gave for Chinese readers', () => {
    const both = reasonText('registration_mismatch', 'Most logins came from another country.', {
      opened_by_staff: true,
      summary_zh: '近期大部分登录来自其他国家。',
    });
    expect(both).toEqual({
      en: 'Most logins came from another country.',
      zh: '近期大部分登录来自其他国家。',
    });
    const inChinese = reasonText('sales_anomaly', '一周内订单增长了十倍（SKU A100）。', {
      opened_by_staff: true,
    });
    expect(inChinese.zh).toBe('一周内订单增长了十倍（SKU A100）。');
    // An English reader gets the trigger's own English summary, never the Chinese text.
    expect(inChinese.en).not.toMatch(/\p{Script=Han}/u);
    expect(inChinese.en.length).toBeGreaterThan(0);
  });
});
