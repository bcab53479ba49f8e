/** The consistency checks' messages and field names, gathered in `MESSAGES` (messages.ts) with the rest. */
export const CONSISTENCY_MESSAGES = {
  // consistency, per registered value; {field} is the value's name in the message's language
  FIELD_FOUND: {
    en: 'The registered {field} appears on the document.',
    zh: '文件上显示了登记的{field}。',
  },
  FIELD_NOT_FOUND: {
    en: 'The registered {field} ("{expected}") was not found on the document. Upload a document that shows it, or update your account details.',
    zh: '文件上未找到登记的{field}（“{expected}”）。请上传显示该信息的文件，或更新账户资料。',
  },
  FIELD_UNCLEAR: {
    en: 'The registered {field} ("{expected}") seems to be printed on the document ("{matched}"), but part of it could not be read. Upload a sharper, straight copy so it can be confirmed.',
    zh: '文件上似乎印有登记的{field}（“{expected}”），识别为“{matched}”，但部分字符无法辨认。请上传更清晰、摆正的文件以便确认。',
  },
  FIELD_UNREAD: {
    en: 'The registered {field} ("{expected}") could not be read on the document, although its {identifiedBy} are the registered ones. Upload a sharper, straight copy so it can be confirmed.',
    zh: '文件上无法辨认登记的{field}（“{expected}”），但其{identifiedBy}与登记信息一致。请上传更清晰、摆正的文件以便确认。',
  },
  // consistency across documents
  ID_NAME_MATCHES_REPRESENTATIVE: {
    en: 'The name on the ID matches the legal representative on the business licence.',
    zh: '证件上的姓名与营业执照上的法定代表人一致。',
  },
  ID_NAME_MISMATCH: {
    en: 'The name on the ID ("{idName}") is not the legal representative on the business licence ("{representative}"). Upload the representative\'s ID.',
    zh: '证件上的姓名（“{idName}”）与营业执照上的法定代表人（“{representative}”）不一致。请上传法定代表人的证件。',
  },
  BILL_ADDRESS_MATCHES: {
    en: 'The address on the bill matches the registered address.',
    zh: '账单地址与登记地址一致。',
  },
  BILL_ADDRESS_MISMATCH: {
    en: 'The address on the bill does not match the registered address. Upload a bill for the registered address, or update your address.',
    zh: '账单地址与登记地址不一致。请上传登记地址的账单，或更新登记地址。',
  },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

/** Field names used in the consistency messages. */
export const FIELD_LABELS = {
  legal_name: { en: 'legal name', zh: '企业名称' },
  registration_number: { en: 'registration number', zh: '注册号/统一社会信用代码' },
  address: { en: 'address', zh: '地址' },
  legal_rep_name: { en: "legal representative's name", zh: '法定代表人姓名' },
  date_of_birth: { en: 'date of birth', zh: '出生日期' },
  id_number: { en: 'ID number', zh: '证件号码' },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

export type RegisteredField = keyof typeof FIELD_LABELS;
