/** The authenticity checks' messages, gathered in `MESSAGES` (messages.ts) with the rest. */
export const AUTHENTICITY_MESSAGES = {
  NO_EDITOR_SOFTWARE: {
    en: "No editing software is named in the file's metadata.",
    zh: '文件元数据中未发现编辑软件。',
  },
  EDITOR_SOFTWARE: {
    en: 'The file was saved with {software}, a program that edits documents. Upload the file as the issuer gave it to you, or a new scan or photo of the original.',
    zh: '该文件曾用可编辑文件的软件 {software} 保存。请上传签发机构提供的原始文件，或原件的新扫描件或照片。',
  },
  TIMESTAMPS_CONSISTENT: {
    en: 'The dates recorded inside the file are consistent.',
    zh: '文件内部记录的日期前后一致。',
  },
  TIMESTAMPS_INCONSISTENT: {
    en: 'The dates recorded inside the file contradict each other or the date on the document. Upload the file as the issuer gave it to you, or a new scan or photo of the original.',
    zh: '文件内部记录的日期相互矛盾，或与文件上的日期不符。请上传签发机构提供的原始文件，或原件的新扫描件或照片。',
  },
  PDF_CONTENT_CHANGED: {
    en: 'This PDF was changed after it was first saved: an update added to the end of the file changed the text on page {pages}. Upload the file exactly as the issuer sent it, or download it from the issuer again.',
    zh: '该 PDF 在首次保存后被改动过：追加在文件末尾的更新修改了第 {pages} 页的文字。请上传签发机构发给您的原始文件，或从签发机构重新下载。',
  },
  PDF_UPDATED: {
    en: 'This PDF was saved again after it was made ({saves} saves in one file, the last by {producer}); the text on its pages is unchanged. Signing, filling in or commenting does this; if you did none of these, upload the file as the issuer sent it.',
    zh: '该 PDF 生成后又被保存过（同一文件内共 {saves} 次保存，最后一次由 {producer} 完成）；页面文字没有改变。签名、填写表单或添加批注都会如此；如果您没有做过这些操作，请上传签发机构发给您的原始文件。',
  },
  PDF_REVISIONS_OK: {
    en: 'The PDF holds {saves} saves by the program that made it, on the same day, and the text on its pages did not change.',
    zh: '该 PDF 包含 {saves} 次保存，均由生成它的程序在同一天完成，页面文字没有改变。',
  },
  FILE_NOT_REUSED: {
    en: 'This file has not been submitted for any other account.',
    zh: '该文件未被其他账户提交过。',
  },
  FILE_REUSED: {
    en: 'This exact file has already been submitted for another account. Upload your own document; if you think this is a mistake, message support.',
    zh: '该文件已被其他账户提交过。请上传您本人的文件；如认为有误，请联系客服。',
  },
  IMAGE_REUSED: {
    en: 'This image is nearly identical to one already submitted for another account. Upload your own scan or photo of your own document; if you think this is a mistake, message support.',
    zh: '该图片与其他账户已提交的图片几乎相同。请上传您本人文件的扫描件或照片；如认为有误，请联系客服。',
  },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;
