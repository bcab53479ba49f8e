import type { Readable } from 'node:stream';

/**
 * Where uploaded files live: content-addressed by the SHA-256 of their bytes, written once and
 * never overwritten. The adapter decides how they are kept at rest (adapters/storage).
 */
export interface DocumentStore {
  /** Stores the bytes under their SHA-256; storing the same bytes again writes nothing. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes stored under this SHA-256; `undefined` when nothing is. Throws if they were altered. */
  get(sha256: string): Promise<Uint8Array | undefined>;
}

export interface StoredFile {
  sha256: string;
  size: number;
  /** False when the same bytes were already stored. */
  created: boolean;
}

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
