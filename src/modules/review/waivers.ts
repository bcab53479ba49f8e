/**
 * Why staff may waive a requirement instead of it being met. A waiver is its own recorded act
 * (who, which requirement, why): the requirement reads `waived`, never `satisfied`.
 */
export const WAIVER_REASONS = [
  {
    code: 'verified_outside_second_look',
    label: {
      en: 'Verified with the seller outside Second Look (a call or visit recorded elsewhere)',
      zh: '已在 Second Look 之外与卖家核实（通话或走访，记录在别处）',
    },
  },
  {
    code: 'covered_by_other_material',
    label: { en: 'Covered by other material the seller handed in', zh: '卖家提交的其他材料已涵盖' },
  },
  {
    code: 'not_applicable',
    label: { en: 'Does not apply to this seller', zh: '不适用于该卖家' },
  },
  {
    code: 'marketplace_exemption',
    label: { en: 'Exempted by the marketplace', zh: '平台豁免' },
  },
] as const;

export const WAIVER_REASON_CODES: readonly string[] = WAIVER_REASONS.map((r) => r.code);
