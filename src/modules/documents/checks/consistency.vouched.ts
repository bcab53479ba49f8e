import { usccInItsAlphabet, validatePrcId, validateUscc } from '../../matching/index.js';
import type { SellerRecord } from '../../sellers/index.js';
import { foldOcrIdentifier } from '../reading/locate/consistency.find.js';
import { type DocumentReading, fieldsNamed } from '../reading/reading.schema.js';
import { type CheckItem, checkItem } from './check.types.js';
import { isOneHanOff, isReadUnsure } from './han.name.js';
import { FIELD_LABELS } from './messages.js';

/**
 * The ID's holder against the licence's representative, where they differ by one 汉字 (`ZHANG
 * WENLEI` in the passport's zone, `张文舌` on the licence: seed 71 #45, 张文磊 printed). One 汉字 off
 * is a look-alike misread or a sibling, so it is left to a reviewer (`FIELD_UNCLEAR`, warn, asking
 * for a sharper copy) only where each document's strong identifiers are the registered ones,
 * and so is an ID holder whose every 汉字 OCR read unsure (`isReadUnsure`, seed 83 #21):
 * the ID's number read with its check digit holding (the zone's, or a PRC number's MOD 11-2), and
 * the licence's 统一社会信用代码 valid. Without them the names' mismatch still fails.
 */
export function weighNameMismatch(
  item: CheckItem,
  id: Pick<DocumentReading, 'fields' | 'zone' | 'pages'>,
  licence: Pick<DocumentReading, 'fields'>,
  seller: SellerRecord,
): CheckItem {
  if (item.code !== 'ID_NAME_MISMATCH') return item;
  const idName = String(item.evidence.idName ?? '');
  const representative = String(item.evidence.representative ?? '');
  const misread = isOneHanOff(representative, idName) || isReadUnsure(idName, id.pages);
  if (!misread || !idVouched(id, seller) || !licenceVouched(licence, seller)) return item;
  return checkItem(
    'consistency',
    'FIELD_UNCLEAR',
    'warn',
    {
      ...item.evidence,
      field: 'legal_rep_name',
      matched: representative,
      misreadOf: idName,
      identifiedBy: ['id_number', 'registration_number'],
    },
    { expected: idName, matched: representative },
    { en: { field: FIELD_LABELS.legal_rep_name.en }, zh: { field: FIELD_LABELS.legal_rep_name.zh } },
  );
}

const same = (a: string, b: string | undefined) =>
  b !== undefined && b !== '' && foldOcrIdentifier(a) === foldOcrIdentifier(b);

/** The registered ID number, read with a check digit that holds on it. */
function idVouched(id: Pick<DocumentReading, 'fields' | 'zone'>, seller: SellerRecord): boolean {
  const registered = seller.legal_rep.id_number;
  const photo = id.zone?.photo;
  const zoneNumber =
    photo?.checkDigits.some((c) => c.field === 'documentNumber' && c.status === 'valid') === true &&
    same(photo.fields.documentNumber, registered);
  const prcNumber = fieldsNamed(id as DocumentReading, 'identifier').some(
    (f) => f.kind === 'prc_id' && validatePrcId(f.value).isValid && same(f.value, registered),
  );
  return zoneNumber || prcNumber;
}

/** The registered 统一社会信用代码, printed valid on the licence. */
const licenceVouched = (licence: Pick<DocumentReading, 'fields'>, seller: SellerRecord): boolean =>
  fieldsNamed(licence as DocumentReading, 'identifier').some(
    (f) =>
      f.kind === 'uscc' &&
      validateUscc(usccInItsAlphabet(f.value)).isValid &&
      same(f.value, seller.business?.registration_number),
  );
