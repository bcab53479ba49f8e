import { type ColumnarEngine, openColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import type { FieldNote, Rejection } from '../../sellers/index.js';
import type { Finding } from '../finding.js';
import { type EventParser, loadEvents, readEventsPart } from './events.engine.js';
import { associateEvents, readEventLinks } from './events.links.js';
import { startProfilesThread, takeProfiles } from './profiles.thread.js';
import { loadSales } from './sales.engine.js';
import { ScanInput } from './scan.input.js';
import { detectByPartition, partitionOf, SELLERS_PER_PARTITION } from './scan.partitions.js';
import {
  type FileReadReport,
  feedFileIn,
  openFeedFile,
  type ReadCallbacks,
  readFeedFolder,
} from './scan.sources.js';

/**
 * The engine's memory while it reads and aggregates beside the scan's own heap: its tables live in
 * a file, so a lower limit costs cache, not correctness (a step that needs more is run again with
 * more). At 100k sellers 1 GB put the peak at 2.2–2.9 GB during the sales read; 512 MB kept it
 * near the heap's own peak for the same CPU (docs/scale.md, "The scan's peak memory").
 */
const ENGINE_MEMORY = '512MB';

export interface ColumnarScanOptions extends ReadCallbacks {
  asOf?: Date;
  /** Default: one per SELLERS_PER_PARTITION sellers. */
  partitions?: number;
  onStage?: (stage: string) => void;
  /** Where event lines are parsed (events.engine.ts); default `node`. */
  eventParser?: EventParser;
  /**
   * Read the profiles and documents, and build the association index, on a second thread while
   * this one reads the events and sales (profiles.thread.ts). Default false (everything on this
   * thread, one file after the other): on the shared 2-core machine two threads cost more CPU
   * and memory than they saved (docs/benchmarks.md, "The batch scan on two threads").
   */
  profilesThread?: boolean;
  /** A step of the engine needed more memory than its limit and ran again with more. */
  onEngineMemory?: (megabytes: number, sql: string) => void;
}

export interface ColumnarScan {
  input: ScanInput;
  read: FileReadReport;
  asOf: Date;
  partitions: number;
  findings: Finding[];
  /** Event lines read through the contract in Node (the rest were read by SQL). */
  eventsByContract: number;
  /** Threads of JavaScript the scan ran on (DuckDB's own threads aside). */
  threads: 1 | 2;
}

/**
 * The batch scan of a feed folder on the columnar engine. Profiles and documents are read through
 * the feed contract into compact per-seller records; events and sales are checked, deduplicated
 * and kept in DuckDB (canonical lines by SQL, the rest through the contract), where the market's
 * daily totals, the feed's first and last day and the latest event are computed over every
 * seller. The detectors then run one partition of sellers at a time, each partition's sales
 * panel, whereabouts and identity checks read from the engine and dropped after it.
 */
export async function scanFeedFolderColumnar(
  dir: string,
  options: ColumnarScanOptions,
): Promise<ColumnarScan> {
  const input = new ScanInput();
  const thread = options.profilesThread ? startProfilesThread(dir) : undefined;
  const engine = await openColumnarEngine({
    memoryLimit: ENGINE_MEMORY,
    ...(options.onEngineMemory ? { onMemoryRaised: options.onEngineMemory } : {}),
  });
  try {
    const read: FileReadReport = { missing: [], rejected: 0 };
    let parts: string[][] = [];
    const sellersIn = async () => {
      parts = await registerSellers(
        engine,
        input,
        options.partitions ?? Math.max(1, Math.ceil(input.sellerIds.length / SELLERS_PER_PARTITION)),
      );
    };
    let events: EventsRead;
    if (thread) {
      options.onStage?.('reading profiles and documents (second thread) and events');
      // The events' refusals and notes wait for the profiles', so both come in the files' order.
      const held = holdUntilProfiles(input, options);
      let taken: Promise<void> | undefined;
      const profilesIn = () => {
        taken ??= (async () => {
          const profiles = await thread.profiles;
          takeProfiles(input, profiles);
          read.missing.unshift(...profiles.read.missing);
          read.rejected += profiles.read.rejected;
          for (const { file, rejection } of profiles.rejections) options.onRejected(file, rejection);
          held.release();
          await sellersIn();
        })();
        return taken;
      };
      events = await readEvents(engine, dir, input, read, { ...options, ...held.callbacks }, profilesIn);
      await profilesIn();
      if (events.read) {
        options.onStage?.('linking event identifiers (second thread)');
        await readEventLinks(engine, (columns, rows) => thread.link(columns, rows));
      }
    } else {
      options.onStage?.('reading profiles and documents');
      Object.assign(read, await readFeedFolder(dir, input, { ...options, skip: ['events', 'sales'] }));
      await sellersIn();
      options.onStage?.('reading events in the columnar engine');
      events = await readEvents(engine, dir, input, read, {
        ...options,
        onNotes: (sellerId, notes) => input.addNotes(sellerId, 'events', notes),
      });
      if (events.read) {
        options.onStage?.('linking event identifiers');
        await associateEvents(engine, input.association);
      }
    }
    const salesPath = feedFileIn(dir, 'sales');
    if (!salesPath) {
      read.missing.push('sales');
      input.absent.add('sales');
    } else {
      options.onStage?.('reading sales in the columnar engine');
      const sales = await loadSales(engine, salesPath, {
        onRejected: (rejection) => {
          read.rejected += 1;
          options.onRejected(salesPath, rejection);
        },
        onNotes: (sellerId, notes) => input.addNotes(sellerId, 'sales', notes),
        indexOf: (sellerId) => input.sellers.get(sellerId)?.index,
      });
      if (sales.unreadable) {
        read.missing.push('sales');
        input.absent.add('sales');
      }
      input.sales.widen(sales.earliestDay, sales.latestDay);
      input.counts.sales = sales.rows;
      input.skipped += sales.skipped;
      input.marketOrders = sales.marketOrders;
    }
    if (thread) options.onStage?.('waiting for the association findings');
    const associated = thread ? await thread.findings() : undefined;
    const asOf = options.asOf ?? input.defaultAsOf();
    const findings = await detectByPartition(input, parts, asOf, {
      ...(associated ? { associated } : {}),
      ...(options.onStage ? { onStage: options.onStage } : {}),
      fillSales: (part, p) => readSalesPart(engine, input, part, p),
      ...(events.read
        ? {
            // The whole input's maps, shared by each part, hold one partition's events at a time.
            fillEvents: async (part: ScanInput, p: number) => {
              part.whereabouts.clear();
              part.identityChecks.clear();
              await readEventsPart(engine, p, part.whereabouts, part.identityChecks);
            },
          }
        : {}),
    });
    return {
      input,
      read,
      asOf,
      partitions: parts.length,
      findings,
      eventsByContract: events.byContract,
      threads: thread ? 2 : 1,
    };
  } finally {
    engine.close();
    await thread?.close();
  }
}

interface EventsRead {
  /** Whether there was an events file to read. */
  read: boolean;
  byContract: number;
}

/**
 * The events file into the engine (table `events`); `beforeKeep` registers the sellers, once the
 * lines are read and before they are joined to the sellers.
 */
async function readEvents(
  engine: ColumnarEngine,
  dir: string,
  input: ScanInput,
  read: FileReadReport,
  options: ColumnarScanOptions & { onNotes: (sellerId: string, notes: FieldNote[]) => void },
  beforeKeep?: () => Promise<void>,
): Promise<EventsRead> {
  const path = feedFileIn(dir, 'events');
  const onRejected = (rejection: Rejection) => {
    read.rejected += 1;
    options.onRejected(path!, rejection);
  };
  const opened = path && (await openFeedFile(path, 'events', onRejected));
  if (!path || !opened) {
    read.missing.push('events');
    input.absent.add('events');
    return { read: false, byContract: 0 };
  }
  const report = await loadEvents(
    engine,
    opened.stream,
    {
      onRejected,
      onNotes: options.onNotes,
      onLines: (lines) =>
        options.onProgress?.('events', { lines, bytes: opened.done(lines), size: opened.size }),
      ...(beforeKeep ? { beforeKeep } : {}),
    },
    options.eventParser,
  );
  input.counts.events = report.events;
  input.skipped += report.skipped;
  input.duplicates += report.duplicates;
  input.latestEventAt = report.latestEventAt;
  return { read: true, byContract: report.byContract };
}

/**
 * Refusals and notes of the events, held while the profiles thread reads (they are reported
 * after the profiles' and documents', as the files are read in that order), then passed on.
 */
function holdUntilProfiles(input: ScanInput, options: ColumnarScanOptions) {
  let held: (() => void)[] | undefined = [];
  const later = (report: () => void) => (held ? held.push(report) : report());
  return {
    callbacks: {
      onRejected: (file: string, rejection: Rejection) => later(() => options.onRejected(file, rejection)),
      onNotes: (sellerId: string, notes: FieldNote[]) =>
        later(() => input.addNotes(sellerId, 'events', notes)),
    },
    release() {
      const reports = held ?? [];
      held = undefined;
      for (const report of reports) report();
    },
  };
}

/** Table `sellers (sid, idx, part)` in the engine; returns each partition's seller ids in feed order. */
async function registerSellers(engine: ColumnarEngine, input: ScanInput, partitions: number) {
  await engine.run('CREATE TABLE sellers (sid VARCHAR, idx INTEGER, part INTEGER)');
  const parts: string[][] = Array.from({ length: partitions }, () => []);
  const appender = await engine.connection.createAppender('sellers');
  input.sellerIds.forEach((id, index) => {
    const part = partitionOf(id, partitions);
    parts[part]!.push(id);
    appender.appendVarchar(id);
    appender.appendInteger(index);
    appender.appendInteger(part);
    appender.endRow();
  });
  appender.closeSync();
  return parts;
}

async function readSalesPart(engine: ColumnarEngine, input: ScanInput, part: ScanInput, p: number) {
  const local = new Int32Array(input.sellerIds.length);
  for (const [id, { index }] of part.sellers) local[input.sellers.get(id)!.index] = index;
  await engine.chunks(
    `SELECT d.idx, d.day, d.orders, d.revenue FROM sales_days d JOIN sellers s USING (idx) WHERE s.part = ${p}`,
    (columns, rows) => {
      const [idx, day, orders, revenue] = columns as [number[], number[], number[], number[]];
      for (let i = 0; i < rows; i++) part.sales.addDay(local[idx[i]!]!, day[i]!, orders[i]!, revenue[i]!);
    },
  );
}
