import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { defineJob } from '../platform/jobs.js';

/**
 * Checks one process runs at once: one per OCR worker (one per core) plus one, so that while the
 * workers read, the next document is decoded, measured and its text checked on the main thread.
 */
export const DOCUMENT_CHECK_CONCURRENCY = availableParallelism() + 1;

/** A document was uploaded: extract it and run its checks (OCR can take seconds, so never in the request). */
export const documentCheckRequested = defineJob({
  name: 'document.check',
  payload: z.object({ document_id: z.uuid() }),
  retryLimit: 3,
  concurrency: DOCUMENT_CHECK_CONCURRENCY,
});
