import type { ErrorCode } from '../platform/errors.js';

/** The languages a problem's `title` and `detail` are told in. */
export type ProblemLanguage = 'en' | 'zh';

/**
 * Each error code as a person reads it, in every language (a new language: one more field here and
 * in `chooseProblemLanguage`). The `error.message` of a problem stays the precise English one.
 */
export const PROBLEM_TEXTS: Record<ErrorCode, Record<ProblemLanguage, string>> = {
  VALIDATION_FAILED: { en: 'Some of what was sent is not valid.', zh: '提交的内容有误。' },
  INVALID_CHARACTER: {
    en: 'The text has a character that cannot be stored.',
    zh: '文本中含有无法保存的字符。',
  },
  INVALID_CURSOR: { en: 'This page of the list is no longer valid.', zh: '列表的这一页已失效。' },
  CSRF_REJECTED: {
    en: 'This request did not come from this site’s own pages; reload the page and try again.',
    zh: '此请求并非来自本网站的页面；请刷新页面后重试。',
  },
  QUERY_TOO_SHORT: { en: 'The search is too short.', zh: '搜索内容太短。' },
  QUERY_TOO_LONG: { en: 'The search is too long.', zh: '搜索内容太长。' },
  APPEAL_PLAN_FAILED: {
    en: 'The plan of action does not meet the rules yet.',
    zh: '行动计划尚未达到要求。',
  },
  UNKNOWN_FIELD: { en: 'A field was sent that is not known.', zh: '提交了无法识别的字段。' },
  MALFORMED_JSON: { en: 'The request is not valid JSON.', zh: '请求不是有效的 JSON。' },
  MALFORMED_CSV: { en: 'The file is not valid CSV.', zh: '文件不是有效的 CSV。' },
  MALFORMED_PARQUET: { en: 'The file is not valid Parquet.', zh: '文件不是有效的 Parquet。' },
  LINE_TOO_LONG: { en: 'A line of the file is too long.', zh: '文件中有一行过长。' },
  EMPTY_BODY: { en: 'Nothing was sent.', zh: '未提交任何内容。' },
  PAYLOAD_TOO_LARGE: { en: 'What was sent is too large.', zh: '提交的内容过大。' },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'This kind of content is not accepted here.',
    zh: '此处不接受该类型的内容。',
  },
  UNKNOWN_SELLER: { en: 'There is no such seller.', zh: '该卖家不存在。' },
  UNKNOWN_EVENT_TYPE: { en: 'The event type is not known.', zh: '无法识别的事件类型。' },
  UNKNOWN_TRIGGER: { en: 'The review reason is not known.', zh: '无法识别的审核原因。' },
  NOT_FOUND: { en: 'This was not found.', zh: '未找到所请求的内容。' },
  UNAUTHENTICATED: { en: 'Please log in again.', zh: '请重新登录。' },
  INVALID_CREDENTIALS: { en: 'The email or password is wrong.', zh: '邮箱或密码错误。' },
  FORBIDDEN: { en: 'You may not do this.', zh: '您无权执行此操作。' },
  CONFLICT: { en: 'This changed meanwhile; reload and try again.', zh: '内容已被更改，请刷新后重试。' },
  CASE_ALREADY_OPEN: { en: 'A review of this account is already open.', zh: '该账户已有进行中的审核。' },
  INVALID_TRANSITION: { en: 'The review cannot take this step now.', zh: '审核目前无法进行此步骤。' },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'This request key was used for another request.',
    zh: '该请求标识已用于其他请求。',
  },
  IDEMPOTENCY_IN_PROGRESS: { en: 'The same request is still running.', zh: '相同的请求仍在处理中。' },
  DATABASE_UNAVAILABLE: { en: 'Please try again in a moment.', zh: '请稍后重试。' },
  RATE_LIMITED: { en: 'Too many requests; please wait a moment.', zh: '请求过于频繁，请稍候。' },
  TOO_MANY_UPLOADS: {
    en: 'Too many uploads at once; please wait a moment.',
    zh: '同时上传的文件过多，请稍候。',
  },
  FILE_EMPTY: { en: 'The file is empty.', zh: '文件为空。' },
  FILE_TOO_LARGE: { en: 'The file is too large.', zh: '文件过大。' },
  FILE_TYPE_UNSUPPORTED: {
    en: 'This kind of file is not accepted; send a PDF, JPEG, PNG or TIFF.',
    zh: '不接受此类文件，请上传 PDF、JPEG、PNG 或 TIFF 文件。',
  },
  IMAGE_UNREADABLE: { en: 'The image cannot be read.', zh: '无法读取该图片。' },
  IMAGE_TOO_LARGE: { en: 'The image is too large.', zh: '图片过大。' },
  DOCUMENT_TYPE_NOT_ACCEPTED: {
    en: 'This kind of document is not accepted here.',
    zh: '此项不接受该类文件。',
  },
  DUPLICATE_UPLOAD: { en: 'This file was already uploaded.', zh: '该文件已上传过。' },
  CASE_NOT_ACCEPTING_DOCUMENTS: {
    en: 'The review takes no new documents now.',
    zh: '审核目前不接受新文件。',
  },
  REQUIREMENTS_INCOMPLETE: {
    en: 'Some required items are still missing.',
    zh: '仍有必需材料未提交。',
  },
  CASE_CLOSED: { en: 'The review is closed.', zh: '审核已结束。' },
  NOT_ASSIGNEE: { en: 'Another reviewer handles this review.', zh: '此审核由其他审核人处理。' },
  REVIEWER_EXCLUDED: { en: 'You may not decide this review.', zh: '您不能对此审核作出决定。' },
  DECISION_PENDING: { en: 'A decision awaits a second reviewer.', zh: '有一项决定正等待第二位审核人确认。' },
  CHECKS_STALE: {
    en: 'The checks ran against an earlier account profile.',
    zh: '检查依据的是较早的账户资料。',
  },
  DECISION_NOT_PENDING: { en: 'No decision awaits approval.', zh: '没有等待确认的决定。' },
  APPEAL_WINDOW_CLOSED: { en: 'The time to appeal has passed.', zh: '申诉期限已过。' },
  APPEAL_LIMIT_REACHED: { en: 'No appeals are left.', zh: '申诉次数已用完。' },
  APPEAL_MATERIAL_MISSING: {
    en: 'The appeal needs new documents or a fuller plan.',
    zh: '申诉需要新的文件或更完整的整改计划。',
  },
  STATEMENT_ACCOUNT_NOT_IN_CASE: {
    en: 'The statement names an account that is not part of this review.',
    zh: '说明中提到的账户不属于本次审核。',
  },
  LEGAL_HOLD: { en: 'The account is under a legal hold.', zh: '该账户处于法律保全中。' },
  ERASURE_BLOCKED_OPEN_CASE: {
    en: 'The data cannot be erased while a review is open.',
    zh: '审核进行中，无法删除数据。',
  },
  SLOT_TAKEN: { en: 'This time was just taken.', zh: '该时段刚被预约。' },
  SLOT_NOT_BOOKABLE: { en: 'This time cannot be booked.', zh: '该时段无法预约。' },
  APPOINTMENT_NOT_CHANGEABLE: { en: 'This call can no longer be changed.', zh: '该通话已无法更改。' },
  APPOINTMENT_LIMIT_REACHED: { en: 'No more calls can be booked.', zh: '无法再预约更多通话。' },
  DOCUMENT_ALREADY_SUBMITTED: {
    en: 'This document was handed in with the review and can no longer be withdrawn.',
    zh: '该文件已随审核提交，无法撤回。',
  },
  SCAN_PARTITION_FAILED: {
    en: 'Part of the risk scan failed; the other parts were applied.',
    zh: '风险扫描的部分分区失败；其余分区已生效。',
  },
  INTERNAL: { en: 'Something went wrong on our side.', zh: '系统出现错误，请稍后重试。' },
};

/**
 * The language of a problem: the first of `Accept-Language` (by its q-values) the product speaks,
 * else `fallback` (the seller's stored language), else English. A header that names nothing known
 * is no error.
 */
export function chooseProblemLanguage(
  acceptLanguage: string | undefined,
  fallback?: ProblemLanguage,
): ProblemLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return fallback ?? 'en';
}
