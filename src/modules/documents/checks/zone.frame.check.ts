import { type DocumentReading, fieldsNamed } from '../reading/reading.schema.js';

/** Zones that are whole on a passport's data page: its own (TD3) or a visa's on the page beside it. */
const PASSPORT_PAGE_ZONES: ReadonlySet<string> = new Set(['TD3', 'MRV-A', 'MRV-B']);

/**
 * A document photo cut through its machine-readable zone is a cropped image (SPEC 5, image
 * quality: cropped edges), whatever the edges' ink says: a zone is printed several characters in
 * from the page's edge, so a zone whose characters reach the photo's frame was cut by it, and a
 * passport's data page whose zone reads shorter than the 2 × 44 of a passport (a "TD2" of its
 * right-hand part) lost the rest to the frame; one whose whole image shows no zone lost all of
 * it (ICAO 9303 puts a zone on every passport data page). Pure over the reading: the photo reader records
 * the frame sides the zone reaches. The evidence of an `IMAGE_CROPPED` fail, or `undefined`.
 */
export function zoneCut(
  reading: DocumentReading,
): { file: string; evidence: Record<string, unknown> } | undefined {
  if (reading.type !== 'government_id') return undefined;
  const sides = fieldsNamed(reading, 'id_side').map((f) => f.value);
  const passportPage = sides.includes('passport') && sides.every((s) => s === 'passport' || s === 'unknown');
  const photo = reading.zone?.photo;
  if (!photo) {
    // A page that says "Passport" whose whole image (and its turns) shows no zone: the zone was cut away.
    const image = reading.files.find((f) => f.image && !f.duplicate && !f.failure)?.name;
    return passportPage && reading.zoneSearched && !reading.zone && image
      ? { file: image, evidence: { file: image, reason: 'passport_zone_missing' } }
      : undefined;
  }
  const at = fieldsNamed(reading, 'document_number')[0]?.file ?? fieldsNamed(reading, 'holder_name')[0]?.file;
  const file = reading.files[(at ?? 1) - 1]?.name ?? '';
  const evidence = { file, zone: photo.layout, lines: photo.lines };
  const touched = photo.touchesFrame ?? [];
  if (touched.length > 0) return { file, evidence: { ...evidence, reason: 'zone_at_frame', edges: touched } };
  if (passportPage && !PASSPORT_PAGE_ZONES.has(photo.layout))
    return { file, evidence: { ...evidence, reason: 'passport_zone_cut' } };
  return undefined;
}
