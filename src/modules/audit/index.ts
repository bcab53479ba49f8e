export { type AuditEntry, type ChainProblem, type ChainReport, verifyAuditChain } from './audit.chain.js';
export {
  type AuditCheckpoint,
  checkpointPublicKey,
  isCheckpointSigned,
  signCheckpoint,
} from './audit.checkpoint.js';
export {
  type AuditRecord,
  appendAuditEvent,
  findAuditEventsFor,
  findEventTimesSince,
  readAuditChain,
} from './audit.repository.js';
