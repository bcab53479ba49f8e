import { createHmac, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '../../platform/crypto.js';

/**
 * A checkpoint is the chain's head at a moment, signed with Ed25519 so that a marketplace can keep
 * it and later prove what the chain held then, with the public key alone. The signing key is
 * derived from the audit key (HMAC with a fixed label), so it needs no setting of its own and
 * changes only when the audit key does.
 */
export interface AuditCheckpoint {
  position: number;
  hash: string;
  /** Events checked when the checkpoint was made (the chain's length). */
  count: number;
  at: string;
  /** Ed25519 over the canonical JSON of the four fields above, base64url. */
  signature: string;
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function signingKey(auditKey: string): KeyObject {
  const seed = createHmac('sha256', auditKey).update('secondlook audit checkpoint signing key v1').digest();
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

const signedContent = (c: Omit<AuditCheckpoint, 'signature'>) =>
  Buffer.from(canonicalJson({ position: c.position, hash: c.hash, count: c.count, at: c.at }));

export function signCheckpoint(auditKey: string, head: Omit<AuditCheckpoint, 'signature'>): AuditCheckpoint {
  const signature = sign(null, signedContent(head), signingKey(auditKey)).toString('base64url');
  return { ...head, signature };
}

/** The public half, as PEM and JWK, for whoever verifies checkpoints. */
export function checkpointPublicKey(auditKey: string) {
  const key = createPublicKey(signingKey(auditKey));
  return {
    pem: key.export({ format: 'pem', type: 'spki' }).toString(),
    jwk: key.export({ format: 'jwk' }) as { kty: string; crv: string; x: string },
  };
}

export function isCheckpointSigned(publicKeyPem: string, checkpoint: AuditCheckpoint): boolean {
  return verify(
    null,
    signedContent(checkpoint),
    createPublicKey(publicKeyPem),
    Buffer.from(checkpoint.signature, 'base64url'),
  );
}
