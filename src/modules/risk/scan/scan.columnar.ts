import { type ColumnarEngine, openColumnarEngine } from '../../../adapters/columnar/duckdb.js';
import type { Rejection } from '../../sellers/index.js';
import type { Finding } from '../finding.js';
import { associateEvents, type EventParser, loadEvents, readEventsPart } from './events.engine.js';
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

export interface ColumnarScanOptions extends ReadCallbacks {
  asOf?: Date;
  /** Default: one per SELLERS_PER_PARTITION sellers. */
  partitions?: number;
  onStage?: (stage: string) => void;
  /** Where event lines are parsed (events.engine.ts); default `node`. */
  eventParser?: EventParser;
}

export interface ColumnarScan {
  input: ScanInput;
  read: FileReadReport;
  asOf: Date;
  partitions: number;
  findings: Finding[];
  /** Event lines read through the contract in Node (the rest were read by SQL). */
  eventsByContract: number;
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
  options.onStage?.('reading profiles and documents');
  const read = await readFeedFolder(dir, input, { ...options, skip: ['events', 'sales'] });
  const partitions =
    options.partitions ?? Math.max(1, Math.ceil(input.sellerIds.length / SELLERS_PER_PARTITION));
  const engine = await openColumnarEngine();
  try {
    const parts = await registerSellers(engine, input, partitions);
    options.onStage?.('reading events in the columnar engine');
    const eventsByContract = await readEvents(engine, dir, input, read, options);
    const events = eventsByContract !== undefined;
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
    const asOf = options.asOf ?? input.defaultAsOf();
    const findings = await detectByPartition(input, parts, asOf, {
      ...(options.onStage ? { onStage: options.onStage } : {}),
      fillSales: (part, p) => readSalesPart(engine, input, part, p),
      ...(events
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
    return { input, read, asOf, partitions, findings, eventsByContract: eventsByContract ?? 0 };
  } finally {
    engine.close();
  }
}

/** The events file into the engine (table `events`), its identifiers into the association index. */
async function readEvents(
  engine: ColumnarEngine,
  dir: string,
  input: ScanInput,
  read: FileReadReport,
  options: ColumnarScanOptions,
): Promise<number | undefined> {
  const path = feedFileIn(dir, 'events');
  const onRejected = (rejection: Rejection) => {
    read.rejected += 1;
    options.onRejected(path!, rejection);
  };
  const opened = path && (await openFeedFile(path, 'events', onRejected));
  if (!path || !opened) {
    read.missing.push('events');
    input.absent.add('events');
    return undefined;
  }
  const report = await loadEvents(
    engine,
    opened.stream,
    {
      onRejected,
      onNotes: (sellerId, notes) => input.addNotes(sellerId, 'events', notes),
      onLines: (lines) =>
        options.onProgress?.('events', { lines, bytes: opened.done(lines), size: opened.size }),
    },
    options.eventParser,
  );
  input.counts.events = report.events;
  input.skipped += report.skipped;
  input.duplicates += report.duplicates;
  input.latestEventAt = report.latestEventAt;
  options.onStage?.('linking event identifiers');
  await associateEvents(engine, input.association);
  return report.byContract;
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
