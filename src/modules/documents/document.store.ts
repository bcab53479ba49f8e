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
