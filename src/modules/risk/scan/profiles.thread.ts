import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rejection, SellerRecord } from '../../sellers/index.js';
import type { Finding } from '../finding.js';
import type { DocumentOnFile } from '../triggers/missing-documentation/missing-documentation.detect.js';
import type { EventLinkColumns } from './events.links.js';
import type { ScanInput } from './scan.input.js';
import type { FileReadReport } from './scan.sources.js';

/** What the profiles thread read from `sellers.jsonl` and `documents.jsonl`, sent back once. */
export interface ProfilesRead {
  /** The profiles in feed order (a seller sent twice: its last profile, at its first place). */
  sellers: SellerRecord[];
  documents: Map<string, DocumentOnFile[]>;
  notesByCode: Map<string, number>;
  notedFields: Map<string, Map<string, string>>;
  counts: { sellers: number; documents: number };
  skipped: number;
  absent: ('documents' | 'events' | 'sales')[];
  read: FileReadReport;
  /** Refused lines, in file order, reported by the scan's thread when it takes the profiles. */
  rejections: { file: string; rejection: Rejection }[];
}

export type ToProfilesThread =
  | { kind: 'events'; columns: EventLinkColumns; rows: number }
  | { kind: 'findings' };

export type FromProfilesThread =
  | { kind: 'profiles'; profiles: ProfilesRead }
  | { kind: 'linked' }
  | { kind: 'findings'; findings: Finding[] };

/** Chunks of event identifiers (2,048 rows each) sent and not yet linked, at most. */
const CHUNKS_IN_FLIGHT = 16;

/**
 * The second core's share of the batch scan: a worker thread reads the profiles and documents
 * through the feed contract and builds the association index (the one global structure that
 * takes every profile, in feed order, then every event identifier, in file order), while the
 * scan's own thread reads the events and sales. The thread then takes the events' identifiers
 * in chunks, in file order, and answers the association findings of the whole feed.
 */
export interface ProfilesThread {
  /** The profiles and documents once read (the thread keeps only the association index after). */
  readonly profiles: Promise<ProfilesRead>;
  /** Sends one chunk of `readEventLinks`; resolves when few enough chunks wait to be linked. */
  link(columns: EventLinkColumns, rows: number): Promise<void>;
  /** The association findings of the whole feed, once every chunk is linked. */
  findings(): Promise<Finding[]>;
  close(): Promise<void>;
}

export function startProfilesThread(dir: string): ProfilesThread {
  const [entry, how] = workerEntry();
  const worker = new Worker(entry, {
    ...how,
    workerData: { dir },
    // The young generation the CLI gives the scan (bin/secondlook.mjs, --max-semi-space-size=64).
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  let failure: Error | undefined;
  const waiting = new Set<(error?: Error) => void>();
  const fail = (error: Error) => {
    failure = error;
    for (const settle of waiting) settle(error);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (code !== 0 && !closing) fail(new Error(`the profiles thread stopped (exit code ${code})`));
  });
  let closing = false;
  let inFlight = 0;
  let resumeLinking: (() => void) | undefined;
  let onProfiles: ((profiles: ProfilesRead) => void) | undefined;
  let onFindings: ((findings: Finding[]) => void) | undefined;
  worker.on('message', (message: FromProfilesThread) => {
    if (message.kind === 'profiles') onProfiles?.(message.profiles);
    else if (message.kind === 'findings') onFindings?.(message.findings);
    else {
      inFlight -= 1;
      if (inFlight < CHUNKS_IN_FLIGHT) resumeLinking?.();
    }
  });
  /** A promise settled by `resolve`, or rejected when the thread fails. */
  const awaitThread = <T>(register: (resolve: (value: T) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const settle = (error?: Error) => (error ? reject(error) : undefined);
      waiting.add(settle);
      register((value) => {
        waiting.delete(settle);
        resolve(value);
      });
    });
  const profiles = awaitThread<ProfilesRead>((resolve) => {
    onProfiles = resolve;
  });
  // Awaited later by the scan; a failure before then is not an unhandled rejection.
  profiles.catch(() => {});
  return {
    profiles,
    async link(columns, rows) {
      if (failure) throw failure;
      worker.postMessage({ kind: 'events', columns, rows } satisfies ToProfilesThread);
      inFlight += 1;
      if (inFlight >= CHUNKS_IN_FLIGHT)
        await awaitThread<void>((resolve) => {
          resumeLinking = () => {
            resumeLinking = undefined;
            resolve();
          };
        });
    },
    findings() {
      const found = awaitThread<Finding[]>((resolve) => {
        onFindings = resolve;
      });
      worker.postMessage({ kind: 'findings' } satisfies ToProfilesThread);
      return found;
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}

/**
 * The worker's entry: run from TypeScript (tsx, vitest), a script that registers tsx in the
 * worker (by absolute path, whatever the working folder) and imports the .ts entry.
 */
function workerEntry(): [string | URL, { eval?: true }] {
  if (!import.meta.url.endsWith('.ts')) return [new URL('./profiles.worker.js', import.meta.url), {}];
  // tsx's ESM API (its CommonJS twin registers a loader path that does not resolve).
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(
          createRequire(import.meta.url)
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href;
  const entry = new URL('./profiles.worker.ts', import.meta.url).href;
  return [
    `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  ];
}

/** Takes the profiles thread's reading into the scan's input, before anything else is added to it. */
export function takeProfiles(input: ScanInput, profiles: ProfilesRead): void {
  for (const record of profiles.sellers) {
    input.sellers.set(record.seller_id, { index: input.sellerIds.length, record });
    input.sellerIds.push(record.seller_id);
  }
  for (const [sellerId, documents] of profiles.documents) input.documents.set(sellerId, documents);
  for (const [code, count] of profiles.notesByCode) input.notesByCode.set(code, count);
  for (const [sellerId, fields] of profiles.notedFields) input.notedFields.set(sellerId, fields);
  for (const kind of profiles.absent) input.absent.add(kind);
  input.counts.sellers = profiles.counts.sellers;
  input.counts.documents = profiles.counts.documents;
  input.skipped += profiles.skipped;
}
