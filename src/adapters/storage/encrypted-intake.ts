import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DocumentIntake, FileOverLimitError, type StagedFile } from '../../modules/documents/index.js';

/** Bytes kept from the start of a file for sniffing its type (PDF allows 1 KiB of junk first). */
const HEAD_BYTES = 4096;
/** A staged file nobody committed (its process died) is removed after this long. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export interface SealedLayout {
  magic: Buffer;
  keyId: Buffer;
  nonceBytes: number;
  headerBytes: number;
  pathOf(sha256: string): string;
}

/**
 * Streams an upload into the store without holding it: the first pass hashes it, counts it, keeps
 * its first 4 KiB and writes it under a key that lives only in this process's memory (so no
 * plain text touches the disk, and an abandoned stage is unreadable). `commit` re-encrypts it under
 * the store key with its SHA-256 as authenticated data, in the store's usual layout, and links it
 * into place.
 */
export function createEncryptedIntake(root: string, key: Buffer, layout: SealedLayout): DocumentIntake {
  const incoming = join(root, '.incoming');
  void sweepAbandoned(incoming);

  return {
    async stage(source: Readable, options: { maxBytes: number }): Promise<StagedFile> {
      await mkdir(incoming, { recursive: true });
      const stagePath = join(incoming, randomBytes(12).toString('hex'));
      const stageKey = randomBytes(32);
      const stageNonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', stageKey, stageNonce);
      const hash = createHash('sha256');
      const head: Buffer[] = [];
      let size = 0;
      let headSize = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > options.maxBytes) return done(new FileOverLimitError(options.maxBytes));
          hash.update(chunk);
          if (headSize < HEAD_BYTES) {
            const part = chunk.subarray(0, HEAD_BYTES - headSize);
            head.push(Buffer.from(part));
            headSize += part.length;
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, tap, cipher, createWriteStream(stagePath, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        await unlink(stagePath).catch(() => undefined);
        throw error;
      }
      const stageTag = cipher.getAuthTag();
      const sha256 = hash.digest('hex');
      let settled = false;
      const discard = async () => {
        settled = true;
        await unlink(stagePath).catch(() => undefined);
      };
      return {
        sha256,
        size,
        head: new Uint8Array(Buffer.concat(head)),
        discard,
        async commit() {
          if (settled) throw new Error('a staged file is committed or discarded once');
          try {
            const created = await sealInPlace(stagePath, { stageKey, stageNonce, stageTag }, sha256);
            return { sha256, size, created };
          } finally {
            await discard();
          }
        },
      };
    },
  };

  async function sealInPlace(
    stagePath: string,
    stage: { stageKey: Buffer; stageNonce: Buffer; stageTag: Buffer },
    sha256: string,
  ): Promise<boolean> {
    const path = layout.pathOf(sha256);
    await mkdir(join(path, '..'), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const decipher = createDecipheriv('aes-256-gcm', stage.stageKey, stage.stageNonce);
    decipher.setAuthTag(stage.stageTag);
    const nonce = randomBytes(layout.nonceBytes);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(sha256, 'latin1'));
    // The tag sits in the header, before the ciphertext: written last, at its place.
    await pipeline(
      createReadStream(stagePath),
      decipher,
      cipher,
      createWriteStream(temporary, { flags: 'wx', mode: 0o600, start: layout.headerBytes }),
    );
    const handle = await open(temporary, 'r+');
    try {
      const header = Buffer.concat([layout.magic, layout.keyId, nonce, cipher.getAuthTag()]);
      await handle.write(header, 0, header.length, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await unlink(temporary);
    }
  }
}

async function sweepAbandoned(incoming: string): Promise<void> {
  const names = await readdir(incoming).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(incoming, name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > ABANDONED_AFTER_MS) await unlink(path).catch(() => undefined);
  }
}
