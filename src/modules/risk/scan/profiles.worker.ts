// The profiles thread of the batch scan (profiles.thread.ts): reads `sellers.jsonl` and
// `documents.jsonl` through the feed contract, keeps the association index, links the events'
// identifiers it is sent, and answers the association findings.
import { parentPort, workerData } from 'node:worker_threads';
import type { Rejection } from '../../sellers/index.js';
import { linkEvents } from './events.links.js';
import type { FromProfilesThread, ToProfilesThread } from './profiles.thread.js';
import { ScanInput } from './scan.input.js';
import { readFeedFolder } from './scan.sources.js';

const port = parentPort!;
const { dir } = workerData as { dir: string };

/** The profiles and documents, posted back; only the association index is kept after. */
async function readProfiles() {
  const input = new ScanInput();
  const rejections: { file: string; rejection: Rejection }[] = [];
  const read = await readFeedFolder(dir, input, {
    skip: ['events', 'sales'],
    onRejected: (file, rejection) => rejections.push({ file, rejection }),
  });
  port.postMessage({
    kind: 'profiles',
    profiles: {
      sellers: input.sellerIds.map((id) => input.sellers.get(id)!.record),
      documents: input.documents,
      notesByCode: input.notesByCode,
      notedFields: input.notedFields,
      counts: { sellers: input.counts.sellers, documents: input.counts.documents },
      skipped: input.skipped,
      absent: [...input.absent],
      read,
      rejections,
    },
  } satisfies FromProfilesThread);
  return input.association;
}

const association = await readProfiles();
port.on('message', (message: ToProfilesThread) => {
  if (message.kind === 'events') {
    linkEvents(association, message.columns, message.rows);
    port.postMessage({ kind: 'linked' } satisfies FromProfilesThread);
  } else {
    port.postMessage({ kind: 'findings', findings: association.findings() } satisfies FromProfilesThread);
    port.close();
  }
});
