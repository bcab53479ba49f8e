import type { Readable } from 'node:stream';
import type { StoredFile } from '../modules/documents/index.js';

/**
 * The streaming side of the document store: an upload is staged while it arrives (hashed, counted,
 * its first bytes kept for sniffing), and becomes a stored file only when committed.
 */
export interface DocumentIntake {
  /** Rejects with `FileOverLimitError` past `maxBytes`, without reading the rest. */
  stage(source: Readable, options: { maxBytes: number }): Promise<StagedFile>;
}

export interface StagedFile {
  sha256: string;
  size: number;
  /** The first 4 KiB, for telling the file's type by its magic bytes. */
  head: Uint8Array;
  commit(): Promise<StoredFile>;
  discard(): Promise<void>;
}

export class FileOverLimitError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is over ${limitBytes} bytes`);
    this.name = 'FileOverLimitError';
  }
}
