/** Words for the API's enum values, in both languages. An unknown value is shown as it came. */
import type { CaseReason } from '../api/client';

type Bilingual = { en: string; zh: string };

/** A name for every trigger of the API (the compiler holds it to the generated union). */
const TRIGGER_LABELS: Record<CaseReason['trigger'], Bilingual> = {
  registration_mismatch: { en: 'Operated from another country', zh: '经营地与注册地不符' },
  account_association: { en: 'Linked to other accounts', zh: '与其他账户关联' },
  sales_anomaly: { en: 'Unusual sales', zh: '销售异常' },
  identity_verification: { en: 'Identity check not passed', zh: '身份验证未通过' },
  missing_documentation: { en: 'Documents missing', zh: '缺少文件' },
};

export const LABELS = {
  status: {
    awaiting_documents: { en: 'Awaiting documents', zh: '等待提交材料' },
    submitted: { en: 'Submitted', zh: '已提交' },
    in_review: { en: 'In review', zh: '审核中' },
    info_requested: { en: 'More information requested', zh: '需要补充材料' },
    approved: { en: 'Approved', zh: '已通过' },
    rejected: { en: 'Rejected', zh: '未通过' },
    appealed: { en: 'Appealed', zh: '已申诉' },
    rejected_final: { en: 'Rejected (final)', zh: '最终未通过' },
    expired: { en: 'Expired', zh: '已过期' },
    withdrawn: { en: 'Withdrawn', zh: '已撤销' },
  },
  trigger: TRIGGER_LABELS,
  restriction: {
    payouts_held: { en: 'payouts are held', zh: '暂停打款' },
    listings_paused: { en: 'listings are paused', zh: '商品暂停销售' },
    deactivated: { en: 'the account is deactivated', zh: '账户被停用' },
  },
  severity: {
    low: { en: 'low', zh: '低' },
    medium: { en: 'medium', zh: '中' },
    high: { en: 'high', zh: '高' },
  },
  requirementStatus: {
    currently_due: { en: 'To do', zh: '待提交' },
    pending_verification: { en: 'Uploaded, being verified', zh: '已上传，待核验' },
    satisfied: { en: 'Done', zh: '已满足' },
    past_due: { en: 'Past due', zh: '已逾期' },
    errored: { en: 'Needs a fix', zh: '需要修正' },
    waived: { en: 'Waived by the reviewer', zh: '审核人员已豁免' },
  },
  group: {
    integrity: { en: 'File', zh: '文件' },
    image_quality: { en: 'Image quality', zh: '图像质量' },
    completeness: { en: 'Completeness', zh: '完整性' },
    validity: { en: 'Dates', zh: '有效期' },
    identifiers: { en: 'Numbers', zh: '证件号码' },
    authenticity: { en: 'Authenticity', zh: '真实性' },
    consistency: { en: 'Matches the account', zh: '与账户信息一致' },
  },
  /** Why a document counts as missing (`missing_documentation` evidence); `{date}` the expiry. */
  gapProblem: {
    absent: { en: 'not on file', zh: '未提交' },
    rejected: { en: 'the one on file was rejected', zh: '已提交的文件未通过' },
    expired: { en: 'expired', zh: '已过期' },
    expired_on: { en: 'expired {date}', zh: '已于{date}过期' },
  },
  /** Materials of the default policy, for texts that name one without its policy title. */
  material: {
    business_license: { en: 'Business licence', zh: '营业执照' },
    government_id: { en: 'Government-issued photo ID', zh: '政府签发的带照片身份证件' },
    proof_of_address: { en: 'Proof of address', zh: '地址证明' },
    supplier_invoices: { en: 'Supplier invoices', zh: '供应商发票' },
    relationship_statement: { en: 'Statement about the linked accounts', zh: '关联账户情况说明' },
    live_verification: { en: 'Live verification', zh: '实时验证' },
  },
  variant: {
    business_license: { en: 'Business licence', zh: '营业执照' },
    utility_bill: { en: 'Utility bill', zh: '水电燃气账单' },
    bank_statement: { en: 'Bank statement', zh: '银行对账单' },
    credit_card_statement: { en: 'Credit card statement', zh: '信用卡账单' },
    supplier_invoice: { en: 'Supplier invoice', zh: '供应商发票' },
    passport: { en: 'Passport', zh: '护照' },
    national_id: { en: 'National ID card', zh: '身份证' },
    driving_licence: { en: 'Driving licence', zh: '驾驶证' },
    government_id: { en: 'Government ID', zh: '政府签发证件' },
    video_call: { en: 'Video call', zh: '视频通话' },
    selfie: { en: 'Selfie', zh: '自拍' },
    written_statement: { en: 'Written statement', zh: '书面说明' },
    other: { en: 'Other', zh: '其他' },
  },
  event: {
    'case.opened': { en: 'Review opened', zh: '审核开启' },
    'case.reasons_added': { en: 'Reasons added', zh: '新增审核原因' },
    'case.transitioned': { en: 'Status changed', zh: '状态变更' },
    'case.reminder_due': { en: 'Reminder', zh: '提醒' },
    'case.message_posted': { en: 'Message', zh: '消息' },
    'case.note_added': { en: 'Internal note', zh: '内部备注' },
    'document.uploaded': { en: 'Document uploaded', zh: '文件已上传' },
    'document.checked': { en: 'Document checked', zh: '文件已检查' },
    'selfie.taken': { en: 'Selfie taken', zh: '已拍摄自拍' },
    'document.rechecked': {
      en: 'Document checked again after a profile change',
      zh: '资料变更后文件已重新检查',
    },
    'case.assigned': { en: 'Assigned', zh: '已分配' },
    'case.released': { en: 'Released', zh: '已释放' },
    'case.decision_proposed': { en: 'Decision proposed', zh: '已提议决定' },
    'case.decision_sent_back': { en: 'Decision sent back', zh: '决定被退回' },
    'case.sla_breached': { en: 'Review SLA breached', zh: '审核超时' },
    'case.decided': { en: 'Decision made', zh: '已作出决定' },
    'case.stale_checks_confirmed': {
      en: 'Decided on checks of an earlier profile, confirmed',
      zh: '已确认依据较早资料的检查结果作出决定',
    },
    'requirement.waived': { en: 'Requirement waived', zh: '材料要求已豁免' },
    'statement.submitted': { en: 'Statement handed in', zh: '已提交书面说明' },
    'document.withdrawn': { en: 'Document withdrawn', zh: '文件已撤回' },
    'appointment.booked': { en: 'Video call booked', zh: '已预约视频通话' },
    'appointment.cancelled': { en: 'Video call cancelled', zh: '视频通话已取消' },
    'appointment.rescheduled': { en: 'Video call moved', zh: '视频通话已改期' },
    'appointment.outcome_recorded': { en: 'Video call held', zh: '视频通话已完成' },
    'appointment.reminder': { en: 'Call reminder', zh: '通话提醒' },
    'appointment.reminder_due': { en: 'Call reminder', zh: '通话提醒' },
  },
  decision: {
    approved: { en: 'approved', zh: '通过' },
    info_requested: { en: 'more information requested', zh: '要求补充材料' },
    rejected: { en: 'rejected', zh: '拒绝' },
  },
  decisionStatus: {
    proposed: { en: 'waiting for a second reviewer', zh: '等待第二审核人' },
    decided: { en: 'in effect', zh: '已生效' },
    sent_back: { en: 'sent back', zh: '已退回' },
    void: { en: 'void', zh: '已作废' },
  },
  deliveryStatus: {
    pending: { en: 'pending', zh: '待发送' },
    sending: { en: 'sending', zh: '发送中' },
    succeeded: { en: 'delivered', zh: '已送达' },
    failed: { en: 'failed', zh: '失败' },
  },
  action: {
    submit: { en: 'submit', zh: '提交' },
    start_review: { en: 'start review', zh: '开始审核' },
    approve: { en: 'approve', zh: '通过' },
    request_info: { en: 'request information', zh: '要求补充' },
    return_to_seller: { en: 'return to seller', zh: '退回卖家' },
    reject: { en: 'reject', zh: '拒绝' },
    reject_final: { en: 'reject (final)', zh: '最终拒绝' },
    appeal: { en: 'appeal', zh: '申诉' },
    finalize_rejection: { en: 'finalise rejection', zh: '确认拒绝' },
    expire: { en: 'expire', zh: '过期' },
    withdraw: { en: 'withdraw', zh: '撤销' },
  },
} satisfies Record<string, Record<string, Bilingual>>;

export type LabelKind = keyof typeof LABELS;
