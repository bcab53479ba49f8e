import { describe, expect, it } from 'vitest';
import type { ImageMetrics } from '../extract/image.metrics.js';
import type { DocumentReading, IdSide } from '../reading/reading.schema.js';
import { formatCut } from './card.format.js';

const EDGES = { top: 1, right: 1, bottom: 1, left: 1 };
const LEVEL = { top: 0, right: 0, bottom: 0, left: 0 };

/** A scan: the page at every edge, at the paper's level, its print across the image. */
const scan = (width: number, height: number, over: Partial<ImageMetrics> = {}) =>
  ({
    width,
    height,
    edgePaperShare: EDGES,
    edgeLevelGap: LEVEL,
    inkExtent: { width: 0.85, height: 0.75, share: 0.1 },
    ...over,
  }) as ImageMetrics;

const at = { page: 1, confidence: 1, source: 'ocr' as const, reader: 'test' };

const reading = (
  variant: string,
  images: ImageMetrics[],
  { sides = [], skew = 0 }: { sides?: IdSide[]; skew?: number } = {},
): DocumentReading => ({
  type: 'government_id',
  variant,
  script: 'latin',
  files: images.map((image, i) => ({
    name: `side-${i + 1}.jpg`,
    sha256: String(i).repeat(64),
    image,
    unavailableLanguages: [],
  })),
  readers: [],
  pages: images.map((_, i) => ({ file: i + 1, page: 1, source: 'ocr' as const, text: '', skew })),
  fields: sides.map((value, i) => ({ name: 'id_side' as const, value, file: i + 1, ...at })),
  zoneSearched: false,
});

describe('a scanned card or passport page in no whole form of its size', () => {
  it('passes whole cards and passport pages, and a data page scanned with the page facing it', () => {
    expect(formatCut(reading('national_id', [scan(1600, 1008), scan(1600, 1008)]))).toBeUndefined();
    expect(formatCut(reading('passport', [scan(1600, 1126)]))).toBeUndefined();
    expect(formatCut(reading('passport', [scan(1126, 1600)]))).toBeUndefined();
  });

  it("is cropped when a card's back lost a side the cut crossed no text on", () => {
    const cut = reading('national_id', [scan(1600, 1008), scan(1153, 1008)], { sides: ['front', 'back'] });
    expect(formatCut(cut)).toEqual({
      file: 'side-2.jpg',
      evidence: {
        file: 'side-2.jpg',
        reason: 'not_whole_format',
        format: 'ID-1',
        proportions: 1.144,
        whole: [1.586],
      },
    });
  });

  it('is cropped when a passport page lost its header (the zone whole)', () => {
    expect(formatCut(reading('passport', [scan(1600, 860)]))?.evidence).toMatchObject({
      format: 'ID-3',
      proportions: 1.86,
    });
  });

  it('takes both sides of a card in one image as whole, but not in one of two files', () => {
    // The ICAO TD1 specimen: the front above the back, its zone read as the back's.
    const stacked = scan(604, 791);
    expect(formatCut(reading('national_id', [stacked], { sides: ['back'] }))).toBeUndefined();
    expect(formatCut(reading('national_id', [scan(1600, 1008), stacked]))).toBeDefined();
  });

  it('measures a tilted scan by the card inside it, not by its bounding box', () => {
    // A 1600 × 1008 card turned 8°: its bounding box is 1725 × 1221 (1.41, an A4 page's shape).
    expect(formatCut(reading('driving_licence', [scan(1725, 1221)], { skew: 8 }))).toBeUndefined();
    expect(formatCut(reading('driving_licence', [scan(1725, 1221)], { skew: 0 }))).toBeDefined();
  });

  it('does not judge a photo on a table, a card on a scanner bed, an unknown tilt or an unknown size', () => {
    const cut = (over: Partial<ImageMetrics>) => reading('national_id', [scan(1153, 1008, over)]);
    // A light table within reach of the paper's level on two edges.
    expect(formatCut(cut({ edgeLevelGap: { top: 76, right: 0, bottom: 0, left: 76 } }))).toBeUndefined();
    expect(formatCut(cut({ inkExtent: { width: 0.41, height: 0.2, share: 0.1 } }))).toBeUndefined();
    // A dark payment card on white, all of it "ink".
    expect(formatCut(cut({ inkExtent: { width: 0.61, height: 0.63, share: 0.71 } }))).toBeUndefined();
    expect(formatCut(cut({ inkExtent: undefined }))).toBeUndefined();
    const unmeasured = reading('national_id', [scan(1153, 1008)]);
    expect(formatCut({ ...unmeasured, pages: [] })).toBeUndefined();
    expect(formatCut({ ...unmeasured, variant: undefined })).toBeUndefined();
    expect(formatCut({ ...unmeasured, type: 'utility_bill' })).toBeUndefined();
  });
});
