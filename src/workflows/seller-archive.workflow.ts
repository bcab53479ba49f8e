import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { canSeeSeller, type Principal } from '../modules/access/index.js';
import { findAppointmentsOfCase } from '../modules/appointments/index.js';
import { appendAuditEvent, findAuditEventsFor } from '../modules/audit/index.js';
import { buildTimeline, findReasons, findRequirements, listCases } from '../modules/cases/index.js';
import { findCaseDocuments, findDocumentFiles } from '../modules/documents/index.js';
import { findMessages } from '../modules/messages/index.js';
import { chooseLanguages, type LanguageProfile } from '../modules/notifications/index.js';
import { archiveReadme, findErasure } from '../modules/privacy/index.js';
import { findAppeals, findDecisions } from '../modules/review/index.js';
import {
  findDataQualityNotes,
  findDocumentsOnFileOf,
  findProfileVersions,
  findSeller,
} from '../modules/sellers/index.js';
import { findStatements } from '../modules/statements/index.js';
import { AppError } from '../platform/errors.js';
import { type ZipEntry, zipStream } from '../platform/zip.js';
import type { Deps } from './deps.js';

type ArchiveContext = Pick<Deps, 'db' | 'auditKey' | 'clock' | 'documents'>;

/** An uploaded file to copy into the archive from the document store. */
interface FileRef {
  path: string;
  sha256: string;
  size: number;
}

export interface SellerArchive {
  filename: string;
  stream: Readable;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
/** A file name as the seller gave it, made safe as one path segment of a zip entry. */
const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'file';

/**
 * The seller's own copy of everything held about them (GDPR art. 15 and 20, PIPL art. 45): their
 * profile and its versions, each case with its documents as uploaded, what was read from them and
 * their check results, statements, messages of the thread, decisions, appeals, appointments and
 * the timeline as the seller sees it, in one zip. The seller themself, admins and the
 * marketplace may ask; any other seller learns nothing (404). Staff's own notes (internal
 * notes, decision notes, call outcomes), which the portal never shows the seller, are not in it.
 * The audit trail records the export with counts only.
 */
export async function exportSellerArchive(
  context: ArchiveContext,
  by: Principal,
  sellerId: string,
): Promise<SellerArchive> {
  const seller = canSeeSeller(by, sellerId) ? await findSeller(context.db, sellerId) : undefined;
  if (!seller) throw new AppError('NOT_FOUND', `no seller ${sellerId}`, { where: 'sellerId' });
  const { db } = context;
  const createdAt = context.clock.now();
  const entries: { name: string; value: unknown }[] = [];
  const files: FileRef[] = [];

  entries.push({
    name: 'seller.json',
    value: {
      seller_id: seller.sellerId,
      status: seller.status,
      entity_type: seller.entityType,
      profile_version: seller.profileVersion,
      updated_at: seller.updatedAt,
      profile: seller.profile,
    },
  });
  const versions = await findProfileVersions(db, sellerId);
  entries.push({
    name: 'profile-versions.json',
    value: versions.map((v) => ({ version: v.version, recorded_at: v.recordedAt, profile: v.profile })),
  });
  const onFile = (await findDocumentsOnFileOf(db, [sellerId])).get(sellerId) ?? [];
  const notes = await findDataQualityNotes(db, sellerId);
  entries.push({
    name: 'feed.json',
    value: {
      documents_on_file: onFile.map(({ sellerId: _, ...row }) => row),
      data_quality_notes: notes.map(({ sellerId: _, noteKey: __, ...row }) => row),
    },
  });

  const cases = await listCases(db, { sellerId, limit: 1000 });
  let documentCount = 0;
  for (const found of cases) {
    const dir = `cases/${found.id}`;
    entries.push({
      name: `${dir}/case.json`,
      value: {
        id: found.id,
        status: found.status,
        severity: found.severity,
        opened_at: found.openedAt,
        deadline_at: found.deadlineAt,
        submitted_at: found.submittedAt,
        decided_at: found.decidedAt,
        closed_at: found.closedAt,
        reasons: (await findReasons(db, [found.id])).map((r) => ({
          trigger: r.trigger,
          summary: r.summary,
          evidence: r.evidence,
          added_at: r.addedAt,
        })),
        requirements: (await findRequirements(db, found.id)).map((r) => ({
          id: r.id,
          material: r.material,
          reason: r.reason,
          status: r.status,
          due_at: r.dueAt,
        })),
      },
    });
    const documents = await findCaseDocuments(db, found.id);
    documentCount += documents.length;
    const fileRows = await findDocumentFiles(
      db,
      documents.map((d) => d.id),
    );
    entries.push({
      name: `${dir}/documents.json`,
      value: documents.map(({ sellerId: _, ...document }) => ({
        ...document,
        files: fileRows
          .filter((f) => f.documentId === document.id)
          .map((f) => {
            const path = `${dir}/files/${document.id}-${f.position}-${safeName(f.name)}`;
            files.push({ path, sha256: f.sha256, size: f.size });
            return { position: f.position, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256, path };
          }),
      })),
    });
    entries.push({ name: `${dir}/statements.json`, value: await findStatements(db, found.id) });
    entries.push({
      name: `${dir}/messages.json`,
      value: (await findMessages(db, found.id, { withInternal: false })).map((m) => ({
        side: m.side,
        body: m.body,
        created_at: m.createdAt,
      })),
    });
    entries.push({
      name: `${dir}/decisions.json`,
      value: (await findDecisions(db, found.id))
        .filter((d) => d.status === 'decided')
        .map((d) => ({ decision: d.decision, reasons: d.reasons, decided_at: d.decidedAt })),
    });
    entries.push({ name: `${dir}/appeals.json`, value: await findAppeals(db, found.id) });
    entries.push({
      name: `${dir}/appointments.json`,
      value: (await findAppointmentsOfCase(db, found.id)).map((a) => ({
        starts_at: a.startsAt,
        ends_at: a.endsAt,
        status: a.status,
        language: a.language,
      })),
    });
    const events = await findAuditEventsFor(db, 'case', found.id);
    entries.push({
      name: `${dir}/timeline.json`,
      value: buildTimeline(events, { isSeller: true, actor: by.role === 'seller' ? by.actor : '' }),
    });
  }
  const erasure = await findErasure(db, sellerId);
  if (erasure) entries.push({ name: 'erasure.json', value: erasure.report });

  await db.transaction((tx) =>
    appendAuditEvent(tx, context.auditKey, createdAt, {
      actor: by.actor,
      action: 'seller.archive_exported',
      entityType: 'seller',
      entityId: sellerId,
      data: { cases: cases.length, documents: documentCount, files: files.length },
    }),
  );

  const languages = erasure ? (['en'] as const) : chooseLanguages(seller.profile as LanguageProfile);
  async function* archiveEntries(): AsyncGenerator<ZipEntry> {
    const manifest: { path: string; size: number; sha256: string; held: boolean }[] = [];
    const entry = (name: string, bytes: Uint8Array, compress = true): ZipEntry => {
      manifest.push({ path: name, size: bytes.length, sha256: sha256Of(bytes), held: true });
      return { name, bytes, compress, modified: createdAt };
    };
    for (const { name, value } of entries) yield entry(name, json(value));
    let gone = 0;
    for (const ref of files) {
      // One file's bytes at a time: the archive streams out as the store decrypts them.
      const bytes = await context.documents.get(ref.sha256);
      if (bytes) yield entry(ref.path, bytes, false);
      else {
        gone += 1;
        manifest.push({ path: ref.path, size: ref.size, sha256: ref.sha256, held: false });
      }
    }
    const readme = archiveReadme(languages, {
      sellerId,
      createdAt: createdAt.toISOString(),
      cases: cases.length,
      documents: documentCount,
      files: files.length - gone,
      filesGone: gone,
      erased: Boolean(erasure),
    });
    yield entry('README.txt', new TextEncoder().encode(readme));
    yield entry('manifest.json', json({ seller_id: sellerId, created_at: createdAt, files: manifest }));
  }
  const stamp = createdAt.toISOString().slice(0, 10);
  return { filename: `secondlook-${sellerId}-${stamp}.zip`, stream: zipStream(archiveEntries()) };
}
