import { Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runAsBulk } from '../../adapters/db/pglite-gate.js';
import { FEED_KINDS, type Rejection } from '../../modules/sellers/index.js';
import { AppError } from '../../platform/errors.js';
import type { Deps } from '../../workflows/deps.js';
import { importFeedWorkflow } from '../../workflows/import-feed.workflow.js';
import { principalOf } from '../auth.js';

const MAX_REPORTED_REJECTIONS = 1000;
/**
 * Lines per transaction on PGlite. Its one connection is held by a transaction from start to end,
 * so every request waits behind it: a batch of 1,000 events held it up to 0.9 s under load
 * (docs/benchmarks.md). Each batch commits on its own, so the lines of the batches written stay
 * written (and are in `landed`) if a later one fails. PostgreSQL keeps the importer's batches.
 */
const PGLITE_FEED_BATCH = 200;
/**
 * Profiles a feed call writes at a time on PostgreSQL. The CLI's import takes 5,000 (fewer
 * statements); a call lands them 500 at a time, so that one cut short (too large, a dropped
 * connection) keeps what it sent first, as the report's `landed` says.
 */
const API_SELLERS_BATCH = 500;
const FEED_MEDIA_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/json-seq',
  'text/csv',
  'text/plain',
];

const ImportReport = z.object({
  kind: z.enum(FEED_KINDS),
  lines: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  written: z.number().int(),
  unchanged: z.number().int(),
  rejections: z.array(z.object({ line: z.number().int(), code: z.string(), message: z.string() })),
  rejections_truncated: z.boolean(),
  landed: z
    .string()
    .describe('the line numbers now in the store (written or already there), as ranges: `1-2499,2501-5000`'),
  notes: z.number().int().describe('data-quality notes on the lines that landed (docs/feed.md)'),
  notes_by_code: z.record(z.string(), z.number().int()),
});

export function registerFeedRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Feed bodies stream straight into the importer; nothing buffers a whole file.
  app.addContentTypeParser(FEED_MEDIA_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    '/v1/feed/:kind',
    {
      config: { access: ['integration', 'admin'] },
      schema: {
        tags: ['feed'],
        summary: 'Load a batch of the marketplace feed',
        description:
          'Body: NDJSON (`application/x-ndjson`) for `sellers`, `events`, `documents`; CSV (`text/csv`, header `seller_id,date,orders,revenue`) for `sales`. ' +
          'Lines are read by the tolerant feed contract (docs/feed.md): absent or unusable optional values become data-quality notes; a line missing a required field, or one the database refuses, is reported with its line number and code and skipped; the rest loads, and `landed` names the lines that did. Re-sending the same lines changes nothing.',
        params: z.object({ kind: z.enum(FEED_KINDS) }),
        response: { 200: ImportReport },
      },
    },
    async (request) => {
      const { kind } = request.params;
      const body = request.body as NodeJS.ReadableStream | undefined;
      if (!body || typeof (body as { pipe?: unknown }).pipe !== 'function')
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `send the feed as ${kind === 'sales' ? 'text/csv' : 'application/x-ndjson'}`,
          {
            where: 'Content-Type',
          },
        );
      const rejections: Rejection[] = [];
      const source = body.pipe(limitBytes(context.config.maxFeedBytes));
      // A feed batch's writes go after other requests' statements on PGlite (pglite-gate.ts).
      const summary = await runAsBulk(() =>
        importFeedWorkflow(context, {
          kind,
          source,
          origin: `POST /v1/feed/${kind}`,
          by: principalOf(request),
          reevaluate: true,
          ...(context.database.storage === 'pglite'
            ? { batchSize: PGLITE_FEED_BATCH }
            : kind === 'sellers'
              ? { batchSize: API_SELLERS_BATCH }
              : {}),
          onRejected: (rejection) => {
            if (rejections.length < MAX_REPORTED_REJECTIONS) rejections.push(rejection);
          },
        }),
      );
      return {
        kind,
        lines: summary.lines,
        accepted: summary.accepted,
        rejected: summary.rejected,
        written: summary.written,
        unchanged: summary.unchanged,
        rejections,
        rejections_truncated: summary.rejected > rejections.length,
        landed: summary.landed,
        notes: summary.notes,
        notes_by_code: summary.notesByCode,
      };
    },
  );
}

/** Fails the stream once more than `max` bytes went through; batches already loaded stay loaded. */
function limitBytes(max: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max)
        callback(
          new AppError('PAYLOAD_TOO_LARGE', `feed bodies are at most ${max} bytes; split the file`, {
            where: 'body',
            max_bytes: max,
          }),
        );
      else callback(null, chunk);
    },
  });
}
