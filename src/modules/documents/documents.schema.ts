import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A document a seller uploaded against a case requirement: one or more files (its pages or sides),
 * checked by a job. `report` is the document's check report once `status` is `checked`; `reading`
 * is what the cross-document checks need from it (its text, the ID holder's name).
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    requirementId: uuid('requirement_id').notNull(),
    sellerId: text('seller_id').notNull(),
    material: text('material').notNull(),
    type: text('type').notNull(),
    variant: text('variant'),
    /** `checking` → `checked`, or `check_failed` when the checks could not run at all. */
    status: text('status').notNull(),
    verdict: text('verdict'),
    report: jsonb('report'),
    reading: jsonb('reading'),
    failure: text('failure'),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: tz('uploaded_at').notNull(),
    checkedAt: tz('checked_at'),
    /** The seller's profile version the checks ran against: older than the current one means stale. */
    checkedProfileVersion: integer('checked_profile_version'),
  },
  (t) => [
    index('documents_case_idx').on(t.caseId, t.uploadedAt),
    index('documents_requirement_idx').on(t.requirementId, t.uploadedAt),
  ],
);

/**
 * The files of a document, in order, by the SHA-256 the document store keeps them under. The
 * seller and the image's dHash bands are repeated here so that "the same file or a near-identical
 * image from another seller" is an indexed lookup: two 64-bit hashes within 3 bits share at least
 * one of their four 16-bit bands.
 */
export const documentFiles = pgTable(
  'document_files',
  {
    documentId: uuid('document_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    sellerId: text('seller_id').notNull(),
    dhash: text('dhash'),
    dhashBand0: text('dhash_band0'),
    dhashBand1: text('dhash_band1'),
    dhashBand2: text('dhash_band2'),
    dhashBand3: text('dhash_band3'),
    text: text('text'),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.position] }),
    index('document_files_sha256_idx').on(t.sha256),
    index('document_files_band0_idx').on(t.dhashBand0),
    index('document_files_band1_idx').on(t.dhashBand1),
    index('document_files_band2_idx').on(t.dhashBand2),
    index('document_files_band3_idx').on(t.dhashBand3),
  ],
);
