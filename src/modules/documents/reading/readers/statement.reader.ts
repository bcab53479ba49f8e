import { placeText } from '../place.js';
import type { DocumentReader } from '../reader.types.js';

const HOLDER =
  /^\s*(?:account (?:holder|name)|customer(?: name)?|bill to|户\s*名|客户名称)[:：\s]+([^\n]+)/im;

/**
 * A utility bill's or a bank statement's account holder (`Account holder`, `Customer`, `Bill to`,
 * 户名). Their dates (statement date, period) come from the dates reader, their page numbers from
 * the page-numbers reader; the registered address is located by the consistency check.
 */
export const statementHolderReader: DocumentReader = {
  name: 'statement-holder',
  reads: "a bill's or statement's account holder (Account holder, Customer, Bill to, 户名)",
  appliesTo: (input) =>
    input.type === 'utility_bill' ||
    input.type === 'bank_statement' ||
    input.type === 'credit_card_statement',
  read: (input) => {
    const m = HOLDER.exec(input.text);
    const value = m?.[1]?.trim();
    if (!m || !value) return { fields: [] };
    return {
      fields: [
        {
          name: 'holder_name',
          value,
          ...placeText(input, 'statement-holder', value, m.index + m[0].indexOf(value)),
        },
      ],
    };
  },
};
