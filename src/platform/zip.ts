import { Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  /** Deflate it (text); files that are compressed already (images, PDFs) are stored as they are. */
  compress: boolean;
  modified?: Date;
}

/**
 * A zip archive written as its entries arrive: only the entry being added is held in memory, so
 * an archive of many files streams out without being built whole first.
 */
export function zipStream(entries: AsyncIterable<ZipEntry>): Readable {
  async function* chunks() {
    const ready: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else ready.push(chunk);
    });
    for await (const entry of entries) {
      const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
      if (entry.modified) file.mtime = entry.modified;
      zip.add(file);
      file.push(entry.bytes, true);
      if (failure) throw failure;
      yield* ready.splice(0);
    }
    zip.end();
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  return Readable.from(chunks());
}
