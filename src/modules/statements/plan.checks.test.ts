import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { checkPlanOfAction, planRulesOf } from './plan.checks.js';
import { StatementsSection } from './statement.policy.js';

const english = {
  root_cause: 'Our warehouse manager ordered stock from an unregistered supplier without invoices.',
  what_was_fixed: 'We now buy only from the three registered suppliers and keep every invoice.',
  how_prevented: 'The finance lead checks each purchase order against the supplier list every week.',
};
const chinese = {
  root_cause: '我们的仓库经理从一家没有营业执照的供应商进货，没有保留发票。',
  what_was_fixed: '现在我们只从三家已登记的供应商进货，并保存每一张发票和合同。',
  how_prevented: '财务负责人每周核对每一张采购订单和供应商名单，发现问题立即停止付款。',
};
const codes = (checks: { code: string; status: string }[]) => checks.map((c) => [c.code, c.status]);

describe('language of a statement, told from the text', () => {
  it('tells English, Chinese (with English brand names in it), Japanese and other Latin languages apart', () => {
    expect(detectLanguage(english.root_cause).language).toBe('en');
    expect(detectLanguage(chinese.how_prevented).language).toBe('zh');
    expect(
      detectLanguage('我们的 Bright Star Outlet 店铺和 Amazon 上的另一家店共用一个仓库地址。').language,
    ).toBe('zh');
    expect(detectLanguage('私たちの倉庫の担当者が請求書のない仕入先から商品を購入しました。').language).toBe(
      'ja',
    );
    expect(
      detectLanguage(
        'Nuestro gerente compró productos de un proveedor que no estaba registrado con nosotros.',
      ).language,
    ).toBe('es');
    expect(
      detectLanguage(
        'Unser Lagerleiter hat Ware von einem Lieferanten gekauft, der nicht registriert ist und keine Rechnungen hat.',
      ).language,
    ).toBe('de');
    expect(
      detectLanguage('Наш менеджер склада закупил товар у незарегистрированного поставщика.').language,
    ).toBe('ru');
  });

  it('says undetermined rather than guess on too little text', () => {
    expect(detectLanguage('family').language).toBe('und');
    expect(detectLanguage('r'.repeat(30)).language).toBe('und');
    expect(detectLanguage('好').language).toBe('und');
    expect(detectLanguage('').language).toBe('und');
  });
});

describe('plan of action checks', () => {
  it('passes a substantial plan in English, and one in Chinese when the policy accepts zh', () => {
    expect(codes(checkPlanOfAction(english))).toEqual([
      ['PLAN_SUBSTANTIAL', 'pass'],
      ['STATEMENT_LANGUAGE_ACCEPTED', 'pass'],
    ]);
    const checks = checkPlanOfAction(chinese);
    expect(codes(checks)).toEqual([
      ['PLAN_SUBSTANTIAL', 'pass'],
      ['STATEMENT_LANGUAGE_ACCEPTED', 'pass'],
    ]);
    expect(checks[1]?.evidence).toMatchObject({
      languages: { root_cause: 'zh', what_was_fixed: 'zh', how_prevented: 'zh' },
    });
  });

  it('fails a Chinese plan when the policy accepts English only, saying so in both languages', () => {
    const rules = planRulesOf(StatementsSection.parse({ languages: { accepted: ['en'] } }));
    const language = checkPlanOfAction(chinese, rules).find(
      (c) => c.code === 'STATEMENT_LANGUAGE_NOT_ACCEPTED',
    );
    expect(language).toMatchObject({
      status: 'fail',
      evidence: { not_accepted: ['root_cause', 'what_was_fixed', 'how_prevented'] },
    });
    expect(language?.message.en).toContain('write it in English');
    expect(language?.message.zh).toContain('请用英文书写');
    const relaxed = planRulesOf(
      StatementsSection.parse({ languages: { accepted: ['en'], unaccepted: 'warn' } }),
    );
    expect(
      checkPlanOfAction(chinese, relaxed).find((c) => c.code === 'STATEMENT_LANGUAGE_NOT_ACCEPTED')?.status,
    ).toBe('warn');
  });

  it('fails a part that is too short or only repeats a letter, by the policy minimum per part', () => {
    const thin = checkPlanOfAction({ ...english, root_cause: 'mistake', how_prevented: 'h'.repeat(40) });
    expect(thin[0]).toMatchObject({
      code: 'PLAN_TOO_THIN',
      status: 'fail',
      evidence: { parts: ['root_cause', 'how_prevented'], chars: { root_cause: 7, how_prevented: 40 } },
    });
    expect(thin[0]?.message.zh).toContain('根本原因、预防措施');
    const stricter = planRulesOf(
      StatementsSection.parse({ plan_of_action: { min_chars: { what_was_fixed: 100 } } }),
    );
    expect(checkPlanOfAction(english, stricter)[0]).toMatchObject({
      code: 'PLAN_TOO_THIN',
      evidence: { parts: ['what_was_fixed'], min_chars: { what_was_fixed: 100 } },
    });
  });

  it('warns when parts are copies of one another, and on a plan whose language cannot be told', () => {
    const copied = checkPlanOfAction({
      ...english,
      how_prevented: ` ${english.what_was_fixed.toUpperCase()} `,
    });
    expect(codes(copied)).toEqual([
      ['PLAN_SUBSTANTIAL', 'pass'],
      ['PLAN_PARTS_REPEATED', 'warn'],
      ['STATEMENT_LANGUAGE_ACCEPTED', 'pass'],
    ]);
    const unclear = checkPlanOfAction({
      root_cause: 'Supplier invoices missing: 2026-10-01, 2026-10-15',
      what_was_fixed: 'Supplier switched: Shenzhen Bright Star Ltd',
      how_prevented: 'Weekly audit: purchase orders, supplier list',
    });
    expect(unclear.at(-1)).toMatchObject({ code: 'STATEMENT_LANGUAGE_UNCLEAR', status: 'warn' });
  });

  it('keeps older policies valid: the section defaults to en and zh, 20 characters a part', () => {
    expect(StatementsSection.parse(undefined)).toMatchObject({
      languages: { accepted: ['en', 'zh'], unaccepted: 'fail' },
      plan_of_action: { min_chars: { root_cause: 20, what_was_fixed: 20, how_prevented: 20 } },
    });
    expect(() => StatementsSection.parse({ languages: { accepted: ['en', 'en'] } })).toThrow();
    expect(() => StatementsSection.parse({ languages: { accepted: ['klingon'] } })).toThrow();
  });
});
