import { z } from 'zod';
import { defineJob } from '../platform/jobs.js';

/** A document was uploaded: extract it and run its checks (OCR can take seconds, so never in the request). */
export const documentCheckRequested = defineJob({
  name: 'document.check',
  payload: z.object({ document_id: z.uuid() }),
  retryLimit: 3,
});
