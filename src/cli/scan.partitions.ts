import type { AppContext } from '../app/context.js';
import type { ScanStoreOptions } from '../workflows/scan.workflow.js';
import { scanPartition } from '../workflows/scan-partition.job.js';
import { type PartitionedScanSummary, scanStoreByPartitions } from '../workflows/scan-partitions.workflow.js';

/**
 * `scan --partitions N`: this process coordinates, `secondlook worker` processes run the
 * partitions (docs/scale.md). On the embedded store no other process can open the database, so
 * this one runs the jobs itself, through the same queue.
 */
export async function scanAcrossWorkers(
  context: AppContext,
  options: ScanStoreOptions,
  partitions: number,
): Promise<PartitionedScanSummary> {
  const embedded = !context.config.databaseUrl;
  if (embedded) await context.queue.work(scanPartition, (payload) => scanPartition.run(context, payload));
  const summary = await scanStoreByPartitions(context, {
    ...options,
    partitions,
    onNoWorker: {
      afterMs: 15_000,
      call: () =>
        console.error(
          'secondlook: no partition has started after 15 s: start `secondlook worker` processes on this database',
        ),
    },
  });
  console.log(`scanned in ${partitions} partitions:`);
  console.table(
    summary.partitions.map(({ part, sellers, cost }) => ({
      partition: part,
      sellers,
      worker: cost.worker,
      'wall s': Number(cost.wallSeconds.toFixed(1)),
      'cpu s': Number(cost.cpuSeconds.toFixed(1)),
      'worker peak RSS MB': cost.peakRssMb,
    })),
  );
  return summary;
}
