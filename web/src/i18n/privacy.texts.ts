/**
 * Texts of the privacy features (the seller's archive, legal holds, erasure), spread into en.ts
 * and zh.ts so that the i18n test holds both languages to the same keys and placeholders.
 */
export const privacyEn = {
  'privacy.archiveTitle': 'Your data',
  'privacy.archiveIntro':
    'Download a copy of everything we hold about you: your profile, your documents as you uploaded them, what was read from them and their checks, messages, decisions and the history of each review.',
  'privacy.archiveButton': 'Download my data',
  'privacy.archiveBusy': 'Preparing your archive…',
  'privacy.archiveDone': 'Downloaded {file}.',
  'privacy.panelTitle': 'Personal data',
  'privacy.holdsTitle': 'Legal holds',
  'privacy.noHolds': 'No legal hold applies.',
  'privacy.holdBy': '{who}, {date}: {reason}',
  'privacy.holdReason': 'Reason for the hold',
  'privacy.placeHold': 'Place legal hold',
  'privacy.liftReason': 'Reason for lifting',
  'privacy.liftHold': 'Lift hold',
  'privacy.eraseTitle': 'Erasure',
  'privacy.eraseIntro':
    'Erasing clears the seller’s personal data everywhere it is held; the record of the review stays. It cannot be undone.',
  'privacy.eraseReason': 'Reference of the request (optional)',
  'privacy.eraseButton': 'Request erasure',
  'privacy.eraseConfirm': 'Erase the personal data of seller {seller}? This cannot be undone.',
  'privacy.eraseYes': 'Yes, erase',
  'privacy.eraseCancel': 'Cancel',
  'privacy.erased': 'Erased: {rows} rows redacted, {files} files removed.',
  'privacy.refusedHold': 'Refused ({code}): a legal hold applies: {holds}.',
  'privacy.refusedOpen': 'Refused ({code}): the seller has an open case ({status}).',
  'privacy.holdsOnlySupervisors': 'Legal holds are placed and lifted by supervisors and admins.',
} as const;

export const privacyZh: Record<keyof typeof privacyEn, string> = {
  'privacy.archiveTitle': '您的数据',
  'privacy.archiveIntro':
    '下载我们保存的关于您的全部数据副本：您的资料、您上传的原始文件、从中读取的内容及检查结果、消息、决定以及每次审核的记录。',
  'privacy.archiveButton': '下载我的数据',
  'privacy.archiveBusy': '正在准备您的压缩包…',
  'privacy.archiveDone': '已下载 {file}。',
  'privacy.panelTitle': '个人数据',
  'privacy.holdsTitle': '法律保全',
  'privacy.noHolds': '没有生效的法律保全。',
  'privacy.holdBy': '{who}，{date}：{reason}',
  'privacy.holdReason': '保全原因',
  'privacy.placeHold': '设置法律保全',
  'privacy.liftReason': '解除原因',
  'privacy.liftHold': '解除保全',
  'privacy.eraseTitle': '删除',
  'privacy.eraseIntro': '删除会清除该卖家在所有位置保存的个人数据；审核记录会保留。此操作无法撤销。',
  'privacy.eraseReason': '请求编号（可选）',
  'privacy.eraseButton': '申请删除',
  'privacy.eraseConfirm': '删除卖家 {seller} 的个人数据？此操作无法撤销。',
  'privacy.eraseYes': '确认删除',
  'privacy.eraseCancel': '取消',
  'privacy.erased': '已删除：清除了 {rows} 行数据，移除了 {files} 个文件。',
  'privacy.refusedHold': '已拒绝（{code}）：存在法律保全：{holds}。',
  'privacy.refusedOpen': '已拒绝（{code}）：该卖家有未结案件（{status}）。',
  'privacy.holdsOnlySupervisors': '法律保全由主管和管理员设置和解除。',
};
