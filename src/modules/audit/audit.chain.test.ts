import { describe, expect, it } from 'vitest';
import { type AuditEntry, GENESIS_HASH, hashAuditEntry, verifyAuditChain } from './audit.chain.js';
import { commitmentOf, commitPersonalFields, revealPersonalFields } from './audit.commitment.js';

const KEY = 'test-key';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let position = 1; position <= length; position++) {
    const unsigned = {
      position,
      at: new Date(Date.UTC(2026, 0, position)),
      actor: 'user:1',
      action: 'case.transitioned',
      entityType: 'case',
      entityId: `c${position}`,
      data: { to: 'submitted', n: position },
      prevHash,
    };
    const entry = { ...unsigned, hash: hashAuditEntry(unsigned, KEY) };
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

describe('verifyAuditChain', () => {
  it('accepts an untouched chain and reports its head', async () => {
    const entries = chain(5);
    const report = await verifyAuditChain(entries, KEY);
    expect(report).toMatchObject({ ok: true, checked: 5, head: { position: 5, hash: entries[4]!.hash } });
  });

  it('names an altered event', async () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, data: { to: 'approved', n: 3 } };
    expect((await verifyAuditChain(entries, KEY)).problem).toMatchObject({ kind: 'altered', position: 3 });
  });

  it('names a deleted event', async () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect((await verifyAuditChain(entries, KEY)).problem).toMatchObject({ kind: 'deleted', position: 2 });
  });

  it('names an event inserted in place of another', async () => {
    const entries = chain(5);
    const forged = { ...entries[1]!, actor: 'user:evil', hash: 'f'.repeat(64) };
    entries.splice(1, 1, forged);
    expect((await verifyAuditChain(entries, KEY)).problem).toMatchObject({ kind: 'inserted', position: 2 });
  });

  it('refuses a chain re-signed without the key', async () => {
    const entries = chain(3);
    const resigned = entries.map((e) => ({ ...e, hash: hashAuditEntry(e, 'guessed-key') }));
    expect((await verifyAuditChain(resigned, KEY)).ok).toBe(false);
  });

  it('detects a truncated tail against an anchor', async () => {
    const entries = chain(5);
    const anchor = { position: 5, hash: entries[4]!.hash };
    expect((await verifyAuditChain(entries.slice(0, 3), KEY, anchor)).problem).toMatchObject({
      kind: 'truncated',
    });
    expect((await verifyAuditChain(entries, KEY, anchor)).ok).toBe(true);
  });

  it('takes the head of an empty chain as an anchor that every later chain extends', async () => {
    const emptyHead = { position: 0, hash: GENESIS_HASH };
    expect((await verifyAuditChain([], KEY, emptyHead)).ok).toBe(true);
    expect((await verifyAuditChain(chain(3), KEY, emptyHead)).ok).toBe(true);
    expect((await verifyAuditChain(chain(3), KEY, { position: 0, hash: 'f'.repeat(64) })).ok).toBe(false);
  });
});

describe('personal fields behind salted commitments', () => {
  const committedChain = () => {
    const { data, values } = commitPersonalFields({ note: 'Li Wei, born 1990-03-04', to: 'approved' });
    const unsigned = {
      position: 1,
      at: new Date(Date.UTC(2026, 0, 1)),
      actor: 'user:1',
      action: 'case.decided',
      entityType: 'case',
      entityId: 'c1',
      data,
      prevHash: GENESIS_HASH,
    };
    return { entry: { ...unsigned, hash: hashAuditEntry(unsigned, KEY), personal: values }, values };
  };

  it('keeps the value out of the hashed data and reveals it from the value and salt', () => {
    const { entry, values } = committedChain();
    expect(JSON.stringify(entry.data)).not.toContain('Li Wei');
    expect(values).toEqual([{ path: 'note', value: 'Li Wei, born 1990-03-04', salt: expect.any(String) }]);
    expect(revealPersonalFields(entry.data, values)).toEqual({
      note: 'Li Wei, born 1990-03-04',
      to: 'approved',
    });
    expect(revealPersonalFields(entry.data, [])).toEqual({ note: '[erased]', to: 'approved' });
  });

  it('verifies once the value and salt are erased, and reports the event as redacted', async () => {
    const { entry } = committedChain();
    expect(await verifyAuditChain([entry], KEY)).toMatchObject({ ok: true, redacted: { count: 0 } });
    const erased = { ...entry, personal: [] };
    expect(await verifyAuditChain([erased], KEY)).toMatchObject({
      ok: true,
      redacted: { count: 1, positions: [1] },
    });
  });

  it('names a kept value that no longer matches its commitment as altered', async () => {
    const { entry, values } = committedChain();
    const forged = { ...entry, personal: [{ ...values[0]!, value: 'someone else' }] };
    expect((await verifyAuditChain([forged], KEY)).problem).toMatchObject({ kind: 'altered', position: 1 });
  });

  it('commits nested personal keys (file names) by their path', () => {
    const { data, values } = commitPersonalFields({ files: [{ name: 'passport.jpg', size: 3 }] });
    expect(values.map((v) => v.path)).toEqual(['files.0.name']);
    expect(commitmentOf('passport.jpg', values[0]!.salt)).toBe(
      (data as { files: { name: { $commitment: string } }[] }).files[0]!.name.$commitment,
    );
  });
});
