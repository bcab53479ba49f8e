/**
 * The README of a seller's archive (their own copy of what is held about them), in the languages
 * their emails are written in. Counts and file names only: the values are in the JSON files.
 */
export type ArchiveLanguage = 'en' | 'zh';

export interface ArchiveSummary {
  sellerId: string;
  createdAt: string;
  cases: number;
  documents: number;
  files: number;
  filesGone: number;
  erased: boolean;
}

const TEXTS: Record<ArchiveLanguage, (s: ArchiveSummary) => string[]> = {
  en: (s) => [
    `Your data held by Second Look: seller ${s.sellerId}`,
    `Made ${s.createdAt}. ${s.cases} case(s), ${s.documents} document(s), ${s.files} original file(s).`,
    '',
    'What is in this archive:',
    '  seller.json               your current profile as the marketplace sent it',
    '  profile-versions.json     every earlier version of your profile',
    '  feed.json                 documents on file and data-quality notes the marketplace sent',
    '  cases/<case>/case.json    why the case was opened, what was asked for, its dates and status',
    '  cases/<case>/documents.json  each document you uploaded, what was read from it, its check results',
    '  cases/<case>/files/       the files you uploaded, as you uploaded them',
    '  cases/<case>/statements.json, messages.json, decisions.json, appeals.json, appointments.json',
    '  cases/<case>/timeline.json   the history of the case as you see it in the portal',
    '  manifest.json             every file of this archive, with its size and SHA-256',
    '',
    'Notes the review staff keep for themselves (internal notes, decision notes, call notes) are not included.',
    ...(s.filesGone
      ? [`${s.filesGone} file(s) are no longer held (erased or purged): manifest.json names them.`]
      : []),
    ...(s.erased
      ? ['Your personal data was erased: what remains is the record of the review, without it.']
      : []),
  ],
  zh: (s) => [
    `Second Look 保存的您的数据：卖家 ${s.sellerId}`,
    `生成于 ${s.createdAt}。案件 ${s.cases} 个，文件 ${s.documents} 份，原始文件 ${s.files} 个。`,
    '',
    '本压缩包包含：',
    '  seller.json               平台发送的您当前的资料',
    '  profile-versions.json     您资料的每个历史版本',
    '  feed.json                 平台发送的存档文件信息和数据质量备注',
    '  cases/<案件>/case.json    案件开启的原因、要求提交的材料、日期和状态',
    '  cases/<案件>/documents.json  您上传的每份文件、从中读取的内容及检查结果',
    '  cases/<案件>/files/       您上传的原始文件',
    '  cases/<案件>/statements.json、messages.json、decisions.json、appeals.json、appointments.json',
    '  cases/<案件>/timeline.json   您在门户中看到的案件记录',
    '  manifest.json             本压缩包中每个文件的大小和 SHA-256',
    '',
    '审核人员自用的备注（内部备注、决定备注、通话备注）不包含在内。',
    ...(s.filesGone ? [`${s.filesGone} 个文件已不再保存（已删除或已清除）：见 manifest.json。`] : []),
    ...(s.erased ? ['您的个人数据已被删除：剩下的是不含个人数据的审核记录。'] : []),
  ],
};

export function archiveReadme(languages: readonly ArchiveLanguage[], summary: ArchiveSummary): string {
  return `${languages.map((language) => TEXTS[language](summary).join('\n')).join('\n\n---\n\n')}\n`;
}
