import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkpointPublicKey, latestCheckpoint } from '../../modules/audit/index.js';
import { AppError } from '../../platform/errors.js';
import { caseAuditTrail, parseAnchor, verifyAuditTrail } from '../../workflows/audit.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf, STAFF } from '../auth.js';

const Checkpoint = z
  .object({
    position: z.number().int(),
    hash: z.string(),
    count: z.number().int(),
    at: z.string(),
    signature: z
      .string()
      .describe('Ed25519 over the canonical JSON of position, hash, count and at; base64url'),
  })
  .describe('the head reached, signed: keep it, and pass `position:hash` back as `anchor` later');

const Verification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  head: z.object({ position: z.number().int(), hash: z.string() }),
  redacted: z
    .object({ count: z.number().int(), positions: z.array(z.number().int()) })
    .describe(
      'events whose personal values were erased: their salted commitments still verify (the first 100 positions)',
    ),
  problem: z
    .object({
      kind: z.enum(['altered', 'inserted', 'deleted', 'truncated']),
      position: z.number().int(),
      message: z.string(),
    })
    .nullable()
    .describe('the first problem walking from the start; later damage is not reported'),
  checkpoint: Checkpoint,
});

export function registerAuditRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/v1/audit/verify',
    {
      config: { access: ['admin', 'integration'] },
      schema: {
        tags: ['audit'],
        summary: 'Walk the audit chain and name the first altered, inserted or deleted event',
        description:
          'Answers the chain length, its head and a signed checkpoint (verify it with `GET /v1/audit/public-key`). ' +
          'Pass an earlier head as `anchor` (`position:hash`) to also catch events deleted from the end. ' +
          'The algorithm is in docs/audit.md.',
        querystring: z.object({ anchor: z.string().max(100).optional() }),
        response: { 200: Verification },
      },
    },
    async (request) => {
      const anchor = request.query.anchor ? parseAnchor(request.query.anchor, 'anchor') : undefined;
      const { report, checkpoint } = await verifyAuditTrail(context, anchor);
      return {
        ok: report.ok,
        checked: report.checked,
        head: report.head,
        redacted: report.redacted,
        problem: report.problem ?? null,
        checkpoint,
      };
    },
  );

  app.get(
    '/v1/audit/checkpoints/latest',
    {
      config: { access: ['admin', 'integration'] },
      schema: {
        tags: ['audit'],
        summary:
          'The latest scheduled verification of the chain: its signed checkpoint and the first problem',
        description:
          'The job verifies every `SECONDLOOK_AUDIT_VERIFY_HOURS` (6 by default), anchored on the last checkpoint that ' +
          'verified; a new problem is announced once by the `audit.chain_broken` webhook. 404 before the first run.',
        response: {
          200: z.object({
            checked_at: z.string(),
            ok: z.boolean(),
            checkpoint: Checkpoint,
            problem: Verification.shape.problem,
          }),
        },
      },
    },
    async () => {
      const row = await latestCheckpoint(context.db);
      if (!row)
        throw new AppError('NOT_FOUND', 'the chain has not been verified on schedule yet', {
          where: 'audit',
        });
      const at = row.checkedAt.toISOString();
      return {
        checked_at: at,
        ok: row.ok,
        checkpoint: {
          position: row.position,
          hash: row.hash,
          count: row.count,
          at,
          signature: row.signature,
        },
        problem: (row.problem as z.infer<typeof Verification>['problem']) ?? null,
      };
    },
  );

  app.get(
    '/v1/audit/public-key',
    {
      config: { access: ['admin', 'integration'] },
      schema: {
        tags: ['audit'],
        summary: 'The Ed25519 public key that verifies audit checkpoints',
        response: {
          200: z.object({
            algorithm: z.literal('Ed25519'),
            pem: z.string(),
            jwk: z.object({ kty: z.string(), crv: z.string(), x: z.string() }),
          }),
        },
      },
    },
    async () => ({ algorithm: 'Ed25519' as const, ...checkpointPublicKey(context.auditKey) }),
  );

  app.get(
    '/v1/cases/:caseId/audit.jsonl',
    {
      config: { access: [...STAFF, 'integration'] },
      schema: {
        tags: ['audit'],
        summary: "A case's audit events as JSON lines, with their positions and hashes",
        description:
          'One event a line, in chain order: position, at, actor, action, entity_type, entity_id, data (personal fields as salted commitments), prev_hash, hash, legacy_hash when migrated, and personal: the values and salts still kept (docs/audit.md).',
        params: z.object({ caseId: z.uuid() }),
        produces: ['application/x-ndjson'],
      },
    },
    async (request, reply) => {
      const events = await caseAuditTrail(context, principalOf(request), request.params.caseId);
      const lines = events.map((e) =>
        JSON.stringify({
          position: e.position,
          at: e.at.toISOString(),
          actor: e.actor,
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          data: e.data,
          prev_hash: e.prevHash,
          hash: e.hash,
          ...(e.legacyHash ? { legacy_hash: e.legacyHash } : {}),
          personal: e.personal ?? [],
        }),
      );
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="case-${request.params.caseId}-audit.jsonl"`)
        .send(lines.length ? `${lines.join('\n')}\n` : '');
    },
  );
}
