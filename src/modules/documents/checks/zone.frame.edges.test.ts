import { describe, expect, it } from 'vitest';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import type { DocumentReading, IdSide, ReadField, ReadFile } from '../reading/reading.schema.js';
import { zoneCut } from './zone.frame.check.js';

// Which file a cut zone is reported on, which documents are passport pages, and which files can
// show a missing zone.

const zone = (layout: string, touchesFrame?: ZoneReading['touchesFrame']): ZoneReading =>
  ({
    layout,
    lines: ['A', 'B'],
    checkDigits: [],
    fields: {},
    confidence: 90,
    isConfident: true,
    corrections: 0,
    rotation: 0,
    ...(touchesFrame ? { touchesFrame } : {}),
  }) as unknown as ZoneReading;
const at = (file: number) => ({ file, page: 1, confidence: 1, source: 'ocr' as const, reader: 'test' });
const side = (value: IdSide): ReadField => ({ name: 'id_side', value, ...at(1) });
const file = (name: string, more: Partial<ReadFile> = {}): ReadFile => ({
  name,
  sha256: name,
  unavailableLanguages: [],
  ...more,
});
const image = {} as NonNullable<ReadFile['image']>;
const reading = (more: Partial<DocumentReading>): DocumentReading => ({
  type: 'government_id',
  script: 'latin',
  files: [file('front.jpg'), file('back.jpg')],
  readers: [],
  pages: [],
  fields: [side('passport')],
  zoneSearched: true,
  ...more,
});
const withZone = (photo: ZoneReading, more: Partial<DocumentReading> = {}) =>
  reading({ zone: { format: photo.layout, lines: photo.lines, read: 'photo', photo }, ...more });

describe('the file a cut zone is reported on', () => {
  it('is the file the document number was read on, else the holder name, else the first', () => {
    const cut = zone('TD3', ['top']);
    const number: ReadField = { name: 'document_number', value: 'X', ...at(2) };
    const holder: ReadField = { name: 'holder_name', value: 'Y', ...at(1) };
    expect(zoneCut(withZone(cut, { fields: [side('passport'), holder, number] }))?.file).toBe('back.jpg');
    expect(zoneCut(withZone(cut, { fields: [side('passport'), { ...holder, file: 2 }] }))?.file).toBe(
      'back.jpg',
    );
    expect(zoneCut(withZone(cut))?.file).toBe('front.jpg');
    expect(zoneCut(withZone(cut, { fields: [{ ...number, file: 5 }] }))).toEqual({
      file: '',
      evidence: { file: '', zone: 'TD3', lines: ['A', 'B'], reason: 'zone_at_frame', edges: ['top'] },
    });
  });
});

describe('a passport page', () => {
  it('is one read only as passport (or unread) sides; its own zone and a visa zone are whole', () => {
    expect(zoneCut(withZone(zone('MRV-B')))).toBeUndefined();
    expect(zoneCut(withZone(zone('TD3')))).toBeUndefined();
    expect(zoneCut(withZone(zone('TD1')))?.evidence.reason).toBe('passport_zone_cut');
    expect(
      zoneCut(withZone(zone('TD1'), { fields: [side('passport'), side('unknown')] }))?.evidence.reason,
    ).toBe('passport_zone_cut');
    expect(zoneCut(withZone(zone('TD1'), { fields: [side('passport'), side('front')] }))).toBeUndefined();
  });

  it('is checked only on a government ID', () => {
    expect(zoneCut(withZone(zone('TD3', ['left']), { type: 'other' }))).toBeUndefined();
    expect(zoneCut(reading({ type: 'utility_bill', files: [file('p.jpg', { image })] }))).toBeUndefined();
  });
});

describe('a passport page with no zone', () => {
  it('is reported on the first image that was read, not a copy, a failure or a PDF', () => {
    const files = [
      file('a.pdf'),
      file('b.jpg', { image, duplicate: true }),
      file('c.jpg', { image, failure: { code: 'x', reason: 'y' } }),
      file('d.jpg', { image }),
    ];
    expect(zoneCut(reading({ files }))).toEqual({
      file: 'd.jpg',
      evidence: { file: 'd.jpg', reason: 'passport_zone_missing' },
    });
    expect(zoneCut(reading({ files: files.slice(0, 3) }))).toBeUndefined();
  });

  it('is not when a zone was read without the photo reader', () => {
    const files = [file('d.jpg', { image })];
    expect(
      zoneCut(reading({ files, zone: { format: 'TD3', lines: ['A'], read: 'extraction' } })),
    ).toBeUndefined();
  });
});
