import { AUTHENTICITY_MESSAGES } from './messages.authenticity.js';
import { CONSISTENCY_MESSAGES } from './messages.consistency.js';

/**
 * Every check code with the message a seller reads, in English and Simplified Chinese. A failing
 * or warning message says what to fix. `{name}` placeholders are filled by `renderMessage`; both
 * languages use the same placeholders (a test holds every entry to that).
 */
export const MESSAGES = {
  // integrity
  FILE_TYPE_UNSUPPORTED: {
    en: 'This file is not a PDF, JPEG, PNG or TIFF (it looks like {detected}). Upload one of those formats.',
    zh: '该文件不是 PDF、JPEG、PNG 或 TIFF 格式（识别为 {detected}）。请上传上述格式之一。',
  },
  FILE_TOO_LARGE: {
    en: 'The file is larger than {limit}. Upload a smaller scan or split it into pages.',
    zh: '文件超过 {limit}。请上传较小的扫描件，或分页上传。',
  },
  FILE_UNREADABLE: {
    en: 'The file could not be opened. Export it again and upload the new copy.',
    zh: '无法打开该文件。请重新导出后上传新的文件。',
  },
  FILE_TOO_MANY_PAGES: {
    en: 'The file has more than {limit} pages. Upload only the pages of this document.',
    zh: '该文件超过 {limit} 页。请只上传该文件本身的页面。',
  },
  IMAGE_TOO_LARGE: {
    en: 'The image is larger than any document photo ({limit} megapixels at most). Upload a normal photo or scan.',
    zh: '该图片超过证件照片的合理尺寸（最多 {limit} 百万像素）。请上传正常的照片或扫描件。',
  },
  PDF_ENCRYPTED: {
    en: 'The PDF is password-protected. Upload a copy without a password.',
    zh: '该 PDF 有密码保护。请上传未加密的副本。',
  },
  PDF_ACTIVE_CONTENT: {
    en: 'The PDF contains scripts or embedded actions. Print it to a plain PDF and upload that.',
    zh: '该 PDF 含有脚本或嵌入动作。请打印为普通 PDF 后上传。',
  },
  // image_quality
  FILE_ACCEPTED: {
    en: 'The file opens and is a {kind} we can read.',
    zh: '文件可以打开，格式为 {kind}，可以读取。',
  },
  FILE_DUPLICATE: {
    en: 'The same file was attached twice to this submission. Remove the copy.',
    zh: '同一文件在本次提交中上传了两次。请删除重复的文件。',
  },
  IMAGE_QUALITY_OK: {
    en: 'The image is sharp, in colour and large enough to read.',
    zh: '图像清晰、为彩色且分辨率足够。',
  },
  TEXT_NOT_READ: {
    en: 'No text could be read from this file. Upload a clearer scan or the original PDF.',
    zh: '无法从该文件中读取文字。请上传更清晰的扫描件或原始 PDF。',
  },
  OCR_NOT_CONFIDENT: {
    en: 'The text of this copy could only be read with low confidence ({confidence}/100), so what could not be found or checked is shown as a warning. Upload a sharper, flat, well-lit copy, or the PDF you received.',
    zh: '该文件的文字识别置信度较低（{confidence}/100），未能找到或核对的内容仅作提示。请上传更清晰、平整、光线充足的副本，或原始 PDF 文件。',
  },
  LANGUAGE_UNAVAILABLE: {
    en: 'Text in {language} could not be read on this installation, so it was not checked.',
    zh: '本系统未安装 {language} 文字识别，相关内容未被检查。',
  },
  IMAGE_LOW_RESOLUTION: {
    en: 'The image is too small to read ({width}×{height} pixels). Scan at 300 dpi or take a closer photo.',
    zh: '图像分辨率过低（{width}×{height} 像素）。请以 300 dpi 扫描或近距离拍摄。',
  },
  IMAGE_BLURRY: {
    en: 'The image is blurred. Hold the camera still, focus on the text and take the photo again.',
    zh: '图像模糊。请保持相机稳定、对准文字重新拍摄。',
  },
  IMAGE_GLARE: {
    en: 'Part of the image is washed out by light or too dark. Photograph it in even light without flash.',
    zh: '图像部分过亮或过暗。请在均匀光线下、不开闪光灯重新拍摄。',
  },
  IMAGE_CROPPED: {
    en: 'The edges of the document are cut off. Include all four corners in the picture.',
    zh: '文件边缘被裁切。请确保四个角都完整拍入画面。',
  },
  IMAGE_GREYSCALE: {
    en: 'The scan is in black and white. Upload a colour scan or photo.',
    zh: '扫描件为黑白。请上传彩色扫描件或照片。',
  },
  IMAGE_SCREENSHOT: {
    en: 'This looks like a screenshot. Upload a scan or photo of the original document.',
    zh: '该文件疑似截图。请上传原件的扫描件或照片。',
  },
  // completeness
  REQUIREMENT_PROVIDED: {
    en: 'A document was provided for "{requirement}" ({accepted}).',
    zh: '已提供“{requirement}”所需文件（{accepted}）。',
  },
  REQUIREMENT_NOT_PROVIDED: {
    en: 'No document was provided for "{requirement}". Upload one of: {accepted}.',
    zh: '尚未提供“{requirement}”所需文件。请上传以下任一文件：{accepted}。',
  },
  ID_SIDES_PROVIDED: {
    en: 'The ID was provided with every side it needs.',
    zh: '已提供证件所需的全部页面（正反面）。',
  },
  ID_SIDE_MISSING: {
    en: 'Only one side of the ID card was provided. Upload both the front and the back.',
    zh: '仅提供了身份证件的一面。请上传正反两面。',
  },
  PAGES_COMPLETE: {
    en: 'All {total} numbered pages of the document were provided.',
    zh: '已提供文件全部 {total} 页（按页码核对）。',
  },
  PAGES_NOT_NUMBERED: {
    en: 'The document prints no page numbers, so its pages could not be counted. Make sure every page is included.',
    zh: '文件未印有页码，无法核对页数。请确认已包含全部页面。',
  },
  PAGES_MISSING: {
    en: 'Pages missing: {missing} (of {total}). Upload every page of the document.',
    zh: '缺少以下页面：第 {missing} 页（共 {total} 页）。请上传文件的全部页面。',
  },
  PAGES_NUMBER_UNREAD: {
    en: 'No page showed the number {missing} (of {total}), and the page number could not be read on {unread} of the pages sent. Make sure every page is included.',
    zh: '没有页面显示第 {missing} 页（共 {total} 页）的页码，且所发页面中有 {unread} 页的页码无法识别。请确认已包含全部页面。',
  },
  // validity
  ID_VALID: {
    en: 'The ID is valid until {expiry}.',
    zh: '证件有效期至 {expiry}。',
  },
  ID_EXPIRED: {
    en: 'The ID expired on {expiry}. Upload an ID that is currently valid.',
    zh: '证件已于 {expiry} 过期。请上传当前有效的证件。',
  },
  ID_EXPIRY_NOT_FOUND: {
    en: 'The expiry date could not be read. Upload a clearer copy showing the date of expiry.',
    zh: '无法识别有效期。请上传清晰显示有效期的副本。',
  },
  ISSUED_RECENTLY: {
    en: 'The document is dated {issued}, within the last {days} days.',
    zh: '文件日期为 {issued}，在最近 {days} 天内。',
  },
  DOCUMENT_TOO_OLD: {
    en: 'The document is dated {issued}, more than {days} days ago. Upload one issued after {earliest}.',
    zh: '文件日期为 {issued}，已超过 {days} 天。请上传 {earliest} 之后开具的文件。',
  },
  ISSUE_DATE_IN_FUTURE: {
    en: 'The document is dated {issued}, which is in the future. Check the document and upload it again.',
    zh: '文件日期 {issued} 晚于今天。请核对文件后重新上传。',
  },
  ISSUE_DATE_NOT_FOUND: {
    en: 'The issue or statement date could not be read. Upload a copy where the date is visible.',
    zh: '无法识别开具日期或账单日期。请上传日期清晰可见的副本。',
  },
  LICENCE_VALID: {
    en: 'The business licence is valid until {expiry}.',
    zh: '营业执照有效期至 {expiry}。',
  },
  LICENCE_VALID_INDEFINITELY: {
    en: 'The business licence has no end date (long-term).',
    zh: '营业执照营业期限为长期。',
  },
  LICENCE_EXPIRED: {
    en: 'The business licence expired on {expiry}. Upload the current licence.',
    zh: '营业执照已于 {expiry} 到期。请上传现行有效的营业执照。',
  },
  LICENCE_EXPIRY_NOT_FOUND: {
    en: 'No end date was found on the business licence. If it has one, upload a copy where it is readable.',
    zh: '营业执照上未识别到营业期限截止日期。如有，请上传该日期清晰可见的副本。',
  },
  // identifiers
  MRZ_VALID: {
    en: 'The machine-readable zone ({format}) is consistent.',
    zh: '机读区（{format}）校验通过。',
  },
  MRZ_CHECK_DIGIT: {
    en: 'The machine-readable zone does not add up ({fields}). Upload a clear, unedited photo of the ID page.',
    zh: '机读区校验位不一致（{fields}）。请上传清晰、未经修改的证件页照片。',
  },
  MRZ_UNREADABLE: {
    en: 'The machine-readable zone (the lines with <<< at the bottom) could not be read. Photograph the whole page, flat and sharp.',
    zh: '无法读取机读区（底部带 <<< 的字符行）。请平放证件、完整清晰地拍摄整页。',
  },
  MRZ_NOT_FOUND: {
    en: 'No machine-readable zone (the lines with <<< at the bottom of a passport or ID card) was found in this photo. If the document has one, photograph the whole page so that the zone is in the picture.',
    zh: '照片中未找到机读区（护照或身份证底部带 <<< 的字符行）。如证件有机读区，请拍摄整页，确保机读区在画面内。',
  },
  USCC_VALID: {
    en: 'The Unified Social Credit Code {value} is well formed.',
    zh: '统一社会信用代码 {value} 校验通过。',
  },
  USCC_CHECKSUM: {
    en: 'The Unified Social Credit Code {value} is not valid (check character). Make sure the licence is readable and unedited.',
    zh: '统一社会信用代码 {value} 校验位不正确。请确认营业执照清晰且未经修改。',
  },
  PRC_ID_VALID: {
    en: 'The resident ID number is well formed.',
    zh: '居民身份证号码校验通过。',
  },
  PRC_ID_CHECKSUM: {
    en: 'The resident ID number {value} is not valid (check character). Upload a clear, unedited copy of the ID card.',
    zh: '居民身份证号码 {value} 校验位不正确。请上传清晰、未经修改的身份证照片。',
  },
  IBAN_VALID: {
    en: 'The IBAN {value} is valid.',
    zh: '国际银行账号（IBAN）{value} 校验通过。',
  },
  IBAN_CHECKSUM: {
    en: 'The IBAN {value} is not valid. Upload a statement where the full IBAN is readable.',
    zh: '国际银行账号（IBAN）{value} 无效。请上传 IBAN 完整清晰的对账单。',
  },
  EIN_VALID: {
    en: 'The EIN {value} is well formed.',
    zh: '美国雇主识别号（EIN）{value} 格式正确。',
  },
  EIN_FORMAT: {
    en: 'The EIN {value} is not in the NN-NNNNNNN form with an assigned prefix. Check the document.',
    zh: '美国雇主识别号（EIN）{value} 不符合 NN-NNNNNNN 格式或前缀无效。请核对文件。',
  },
  EU_VAT_VALID: {
    en: 'The VAT number {value} is well formed.',
    zh: '增值税号 {value} 格式正确。',
  },
  EU_VAT_FORMAT: {
    en: 'The VAT number {value} is not valid for its country. Check the document.',
    zh: '增值税号 {value} 不符合所属国家的规则。请核对文件。',
  },
  UK_COMPANY_NUMBER_VALID: {
    en: 'The UK company number {value} is well formed.',
    zh: '英国公司注册号 {value} 格式正确。',
  },
  UK_COMPANY_NUMBER_FORMAT: {
    en: 'The UK company number {value} is not 8 digits or a 2-letter prefix and 6 digits. Check the document.',
    zh: '英国公司注册号 {value} 不是 8 位数字或“2 位字母 + 6 位数字”。请核对文件。',
  },
  ...AUTHENTICITY_MESSAGES,
  ...CONSISTENCY_MESSAGES,
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

export type CheckCode = keyof typeof MESSAGES;

export const CHECK_CODES = Object.keys(MESSAGES) as CheckCode[];

export { FIELD_LABELS, type RegisteredField } from './messages.consistency.js';
