import { describe, expect, it } from 'vitest';
import { checkpointPublicKey, isCheckpointSigned, signCheckpoint } from './audit.checkpoint.js';

const head = { position: 42, hash: 'a'.repeat(64), count: 42, at: '2026-12-01T10:00:00.000Z' };

describe('signed audit checkpoints', () => {
  it('verify with the public key alone, and only as signed', () => {
    const checkpoint = signCheckpoint('key one', head);
    const { pem, jwk } = checkpointPublicKey('key one');
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(isCheckpointSigned(pem, checkpoint)).toBe(true);
    expect(isCheckpointSigned(pem, { ...checkpoint, count: 41 })).toBe(false);
    expect(isCheckpointSigned(pem, { ...checkpoint, hash: 'b'.repeat(64) })).toBe(false);
    expect(isCheckpointSigned(checkpointPublicKey('key two').pem, checkpoint)).toBe(false);
  });

  it('derives the same signing key from the same audit key', () => {
    expect(checkpointPublicKey('key one').pem).toBe(checkpointPublicKey('key one').pem);
    expect(signCheckpoint('key one', head).signature).toBe(signCheckpoint('key one', head).signature);
  });
});
