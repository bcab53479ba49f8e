import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../extract/index.js';
import type { ZoneReading } from '../../extract/mrz/mrz.photo.js';
import { readDocument } from '../read-document.js';
import { fieldsNamed } from '../reading.schema.js';

const NUMBER_LINE = 'E074009017CHN9207307F3607178<<<<<<<<<<<<<<08';

const zone = (
  nameLine: string,
  code: string,
  state: string,
  lastName: string,
  firstName: string,
): ZoneReading => ({
  layout: 'TD3',
  lines: [nameLine, NUMBER_LINE],
  checkDigits: [],
  fields: {
    documentCode: code,
    issuingState: state,
    documentNumber: 'E07400901',
    birthDate: '920730',
    expirationDate: '360717',
    nationality: 'CHN',
    sex: 'F',
    lastName,
    firstName,
  },
  confidence: 90,
  isConfident: true,
  corrections: 0,
  rotation: 0,
});

const holderOf = (photo: ZoneReading) => {
  const extraction = {
    type: { kind: 'image', mime: 'image/jpeg' },
    pages: [
      {
        page: 1,
        source: 'ocr',
        confidence: 80,
        text: `PASSPORT\nSurname LI\nGiven names LICHEN\n${photo.lines.join('\n')}`,
      },
    ],
    mrz: null,
    zone: photo,
    unavailableLanguages: [],
    ocrFailures: [],
  } as unknown as Extraction;
  const reading = readDocument({
    type: 'government_id',
    files: [{ name: 'passport.jpg', sha256: '', extraction }],
  });
  return fieldsNamed(reading, 'holder_name')
    .filter((f) => f.source === 'mrz')
    .map((f) => f.value);
};

describe("the holder's name the zone gives", () => {
  it('is the name of a zone whose first line reads as a document', () => {
    expect(
      holderOf(zone('P<CHNLI<<LICHEN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'P', 'CHN', 'LI', 'LICHEN')),
    ).toEqual(['LI LICHEN']);
  });

  // Held-out seed 131 #5: `P<CHNLI<<LICHEN` read `E<NNEN<<T<O` on a passport photo.
  it('is no name where the first line was read wrong from its head on', () => {
    expect(holderOf(zone('E<NNEN<<T<O<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'E', 'NNE', 'N', 'T O'))).toEqual(
      [],
    );
  });
});
