import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { FileOverLimitError } from '../../modules/documents/index.js';
import { createEncryptedFolderStore, StoredFileCorruptError } from './encrypted-folder.store.js';

const root = mkdtempSync(join(tmpdir(), 'secondlook-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const key = randomBytes(32);
const store = createEncryptedFolderStore(root, key);
const plain = new TextEncoder().encode('Harbour Trading Ltd, 14 Harbour Road, Leeds LS1 4AB');
const sha256 = createHash('sha256').update(plain).digest('hex');
const pathOf = (hash: string) => join(root, hash.slice(0, 2), hash.slice(2, 4), hash);

describe('the encrypted folder document store', () => {
  it('stores bytes under their SHA-256 and gives them back', async () => {
    expect(await store.put(plain)).toEqual({ sha256, size: plain.length, created: true });
    expect(Buffer.from((await store.get(sha256))!)).toEqual(Buffer.from(plain));
  });

  it('keeps them encrypted at rest', () => {
    const onDisk = readFileSync(pathOf(sha256));
    expect(onDisk.subarray(0, 4).toString('latin1')).toBe('SLD1');
    expect(onDisk.includes(Buffer.from('Harbour'))).toBe(false);
  });

  it('never overwrites: the same bytes again write nothing and leave no temporary file', async () => {
    const before = readFileSync(pathOf(sha256));
    expect(await store.put(plain)).toMatchObject({ created: false });
    expect(readFileSync(pathOf(sha256))).toEqual(before);
    expect(readdirSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4)))).toEqual([sha256]);
  });

  it('stores the same bytes once when two uploads race', async () => {
    const bytes = randomBytes(4096);
    const results = await Promise.all([store.put(bytes), store.put(bytes), store.put(bytes)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('answers undefined for a hash it does not hold, or one that is not a hash', async () => {
    expect(await store.get('0'.repeat(64))).toBeUndefined();
    expect(await store.get('../../etc/passwd')).toBeUndefined();
  });

  it('refuses a file altered on disk, moved under another name, or read with another key', async () => {
    const other = new TextEncoder().encode('another document');
    const otherHash = (await store.put(other)).sha256;
    const sealed = readFileSync(pathOf(otherHash));
    sealed[sealed.length - 1]! ^= 0xff;
    writeFileSync(pathOf(otherHash), sealed);
    await expect(store.get(otherHash)).rejects.toThrow(StoredFileCorruptError);

    const moved = createHash('sha256').update('a name it was never stored under').digest('hex');
    mkdirSync(join(pathOf(moved), '..'), { recursive: true });
    writeFileSync(pathOf(moved), readFileSync(pathOf(sha256)));
    await expect(store.get(moved)).rejects.toThrow(/authentication tag/);

    await expect(createEncryptedFolderStore(root, randomBytes(32)).get(sha256)).rejects.toThrow(
      /another document key/,
    );
  });

  it('stores a streamed file in the same layout, and leaves nothing staged', async () => {
    const bytes = randomBytes(300_000);
    const chunks = Array.from({ length: 10 }, (_, i) => bytes.subarray(i * 30_000, (i + 1) * 30_000));
    const staged = await store.stage(Readable.from(chunks), { maxBytes: 300_000 });
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect(staged).toMatchObject({ sha256: hash, size: 300_000 });
    expect(Buffer.from(staged.head)).toEqual(bytes.subarray(0, 4096));
    expect(
      readFileSync(join(root, '.incoming', readdirSync(join(root, '.incoming'))[0]!)).includes(
        bytes.subarray(0, 64),
      ),
    ).toBe(false);
    expect(await store.get(hash)).toBeUndefined();
    expect(await staged.commit()).toEqual({ sha256: hash, size: 300_000, created: true });
    expect(Buffer.from((await store.get(hash))!)).toEqual(bytes);
    expect(readdirSync(join(root, '.incoming'))).toEqual([]);
  });

  it('stops a stream past its limit and keeps nothing of it', async () => {
    await expect(
      store.stage(Readable.from([randomBytes(1000), randomBytes(1000)]), { maxBytes: 1500 }),
    ).rejects.toThrow(FileOverLimitError);
    const discarded = await store.stage(Readable.from([randomBytes(10)]), { maxBytes: 1500 });
    await discarded.discard();
    expect(readdirSync(join(root, '.incoming'))).toEqual([]);
  });
});
