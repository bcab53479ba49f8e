import { index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Selfies a seller took holding their ID, against a `live` requirement that accepts `selfie`. The
 * image is in the document store (encrypted, by `sha256`); `faces` holds the face measurements
 * (boxes, scores, eye opening, sharpness; never an embedding) of the selfie and of the ID's portrait
 * it was compared with, `similarity` the comparison. Every selfie is kept: a retake is a new row.
 */
export const selfies = pgTable(
  'selfies',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    requirementId: uuid('requirement_id').notNull(),
    sellerId: text('seller_id').notNull(),
    material: text('material').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    /** The government ID document whose portrait the selfie was compared with. */
    idDocumentId: uuid('id_document_id'),
    faces: jsonb('faces').notNull(),
    similarity: real('similarity'),
    checks: jsonb('checks').notNull(),
    /** `pass`, `warn` or `fail`: the worst of the checks. */
    outcome: text('outcome').notNull(),
    model: text('model').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: tz('uploaded_at').notNull(),
  },
  (t) => [index('selfies_case_idx').on(t.caseId, t.uploadedAt), index('selfies_sha256_idx').on(t.sha256)],
);
