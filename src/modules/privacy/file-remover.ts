/** The document store's side that erasure needs: removing a file for good. */
export interface FileRemover {
  /** Removes the file stored under this SHA-256; false when there was none. */
  remove(sha256: string): Promise<boolean>;
}
