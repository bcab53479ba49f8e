import { describe, expect, it } from 'vitest';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import { sidesTouched } from '../extract/mrz/mrz.zone.js';
import type { DocumentReading, IdSide } from '../reading/reading.schema.js';
import { zoneCut } from './zone.frame.check.js';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

const zone = (over: Partial<ZoneReading>): ZoneReading => ({
  layout: 'TD3',
  lines: TD3,
  checkDigits: [],
  fields: {
    documentCode: 'P',
    issuingState: 'UTO',
    documentNumber: 'L898902C3',
    birthDate: '740812',
    expirationDate: '120415',
    nationality: 'UTO',
    sex: 'F',
    lastName: 'ERIKSSON',
    firstName: 'ANNA MARIA',
  },
  confidence: 80,
  isConfident: true,
  corrections: 0,
  rotation: 0,
  touchesFrame: [],
  ...over,
});

const at = { file: 1, page: 1, confidence: 1, source: 'ocr' as const, reader: 'test' };

const reading = (photo: ZoneReading | undefined, sides: IdSide[] = ['passport']): DocumentReading => ({
  type: 'government_id',
  variant: 'passport',
  script: 'latin',
  files: [{ name: 'passport.jpg', sha256: 'a'.repeat(64), unavailableLanguages: [] }],
  readers: [],
  pages: [],
  fields: sides.map((value) => ({ name: 'id_side' as const, value, ...at })),
  zoneSearched: true,
  ...(photo ? { zone: { format: photo.layout, lines: photo.lines, read: 'photo' as const, photo } } : {}),
});

describe('a photo whose frame cuts the machine-readable zone', () => {
  it('is cropped when the zone reaches the frame', () => {
    expect(zoneCut(reading(zone({ touchesFrame: ['left'] })))).toEqual({
      file: 'passport.jpg',
      evidence: { file: 'passport.jpg', zone: 'TD3', lines: TD3, reason: 'zone_at_frame', edges: ['left'] },
    });
  });

  it("is cropped when a passport page's zone reads as a shorter one (its left part cut off)", () => {
    const cut = zone({
      layout: 'TD2',
      lines: ['<HAOHUA<<WEI<<<<<<<<<<<<<<<<<<<<<<<', 'CHN6606242F3101017<<<<<<<<<<<<<<<08'],
    });
    expect(zoneCut(reading(cut))?.evidence).toMatchObject({ reason: 'passport_zone_cut', zone: 'TD2' });
  });

  it('passes a whole zone, a visa beside the passport, a TD2 card, and a document with no zone read', () => {
    expect(zoneCut(reading(zone({})))).toBeUndefined();
    expect(zoneCut(reading(zone({ layout: 'MRV-A' })))).toBeUndefined();
    expect(zoneCut(reading(zone({ layout: 'TD2' }), ['unknown', 'unknown']))).toBeUndefined();
    expect(zoneCut(reading(zone({ layout: 'TD1' }), ['back', 'front']))).toBeUndefined();
    expect(zoneCut(reading(undefined))).toBeUndefined();
    // a deskewed read could not tell the frame: nothing said
    expect(zoneCut(reading(zone({ touchesFrame: undefined })))).toBeUndefined();
  });
});

describe('sidesTouched', () => {
  const size = { width: 1000, height: 700 };
  const all = ['left', 'top', 'right', 'bottom'] as const;
  // two lines 20 px high: the band is ~64 px, a line height ~20 px, the tolerance ~12 px
  it('names the frame sides a band of zone lines reaches', () => {
    expect(sidesTouched({ x0: 3, y0: 560, x1: 900, y1: 624 }, size, all, 2)).toEqual(['left']);
    expect(sidesTouched({ x0: 60, y0: 630, x1: 995, y1: 694 }, size, all, 2)).toEqual(['right', 'bottom']);
    expect(sidesTouched({ x0: 60, y0: 560, x1: 940, y1: 624 }, size, all, 2)).toEqual([]);
  });

  it('does not count a side that was white margin trimmed away', () => {
    expect(sidesTouched({ x0: 3, y0: 560, x1: 900, y1: 624 }, size, ['top', 'right', 'bottom'], 2)).toEqual(
      [],
    );
  });
});

describe('a passport page without a zone', () => {
  const image = {
    name: 'passport.jpg',
    sha256: 'a'.repeat(64),
    unavailableLanguages: [],
    image: {} as NonNullable<DocumentReading['files'][number]['image']>,
  };
  it('is cropped when the page says passport and the whole image shows no zone', () => {
    const page = { ...reading(undefined), files: [image] };
    expect(zoneCut(page)?.evidence).toEqual({ file: 'passport.jpg', reason: 'passport_zone_missing' });
    expect(zoneCut({ ...page, zoneSearched: false })).toBeUndefined();
    expect(zoneCut({ ...page, fields: [] })).toBeUndefined();
  });
});
