import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentIntake, DocumentStore, StoredFile } from '../../modules/documents/index.js';
import type { FileRemover } from '../../modules/privacy/index.js';
import { createEncryptedIntake } from './encrypted-intake.js';

/**
 * Files as `<root>/<aa>/<bb>/<sha256>`, encrypted with AES-256-GCM. A stored file is
 * `SLD1 ‖ key id (8) ‖ nonce (12) ‖ tag (16) ‖ ciphertext`; the SHA-256 is the additional
 * authenticated data, so a file moved under another name does not decrypt. A new file is written to
 * a temporary name and hard-linked into place: the link fails if the name exists, so nothing is
 * ever overwritten, and a crash never leaves a half-written file under a real name.
 */
const MAGIC = Buffer.from('SLD1', 'latin1');
const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + KEY_ID_BYTES + NONCE_BYTES + TAG_BYTES;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export class StoredFileCorruptError extends Error {
  constructor(
    readonly sha256: string,
    reason: string,
  ) {
    super(`stored file ${sha256} cannot be read back: ${reason}`);
    this.name = 'StoredFileCorruptError';
  }
}

export function createEncryptedFolderStore(
  root: string,
  key: Buffer,
): DocumentStore & DocumentIntake & FileRemover {
  if (key.length !== 32) throw new Error('the document key is 32 bytes (64 hex digits)');
  const keyId = createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES);
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const intake = createEncryptedIntake(root, key, {
    magic: MAGIC,
    keyId,
    nonceBytes: NONCE_BYTES,
    headerBytes: HEADER_BYTES,
    pathOf,
  });

  return {
    stage: intake.stage,
    async put(bytes: Uint8Array): Promise<StoredFile> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(sha256, 'latin1'));
      const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
      const sealed = Buffer.concat([MAGIC, keyId, nonce, cipher.getAuthTag(), ciphertext]);
      await mkdir(join(path, '..'), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, sealed, { flag: 'wx', flush: true, mode: 0o600 });
      try {
        await link(temporary, path);
        return { sha256, size: bytes.length, created: true };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          return { sha256, size: bytes.length, created: false };
        throw error;
      } finally {
        await unlink(temporary);
      }
    },

    async remove(sha256: string): Promise<boolean> {
      if (!SHA256_HEX.test(sha256)) return false;
      try {
        await unlink(pathOf(sha256));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },

    async get(sha256: string): Promise<Uint8Array | undefined> {
      if (!SHA256_HEX.test(sha256)) return undefined;
      let sealed: Buffer;
      try {
        sealed = await readFile(pathOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if (sealed.length < HEADER_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC))
        throw new StoredFileCorruptError(sha256, 'not a Second Look document file');
      const keyIdAt = MAGIC.length;
      const nonceAt = keyIdAt + KEY_ID_BYTES;
      const tagAt = nonceAt + NONCE_BYTES;
      if (!sealed.subarray(keyIdAt, nonceAt).equals(keyId))
        throw new StoredFileCorruptError(sha256, 'it was encrypted with another document key');
      const nonce = sealed.subarray(nonceAt, tagAt);
      const tag = sealed.subarray(tagAt, HEADER_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, nonce);
      decipher.setAAD(Buffer.from(sha256, 'latin1'));
      decipher.setAuthTag(tag);
      let bytes: Buffer;
      try {
        bytes = Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
      } catch {
        throw new StoredFileCorruptError(sha256, 'its authentication tag does not match (altered on disk)');
      }
      if (createHash('sha256').update(bytes).digest('hex') !== sha256)
        throw new StoredFileCorruptError(sha256, 'its content does not match its name');
      return new Uint8Array(bytes);
    },
  };
}
