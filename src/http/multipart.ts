import type { FastifyRequest } from 'fastify';
import type { Principal } from '../modules/access/index.js';
import { DOCUMENT_LIMITS, type DocumentRow } from '../modules/documents/index.js';
import { AppError, isAppError } from '../platform/errors.js';
import type { Deps } from '../workflows/deps.js';
import {
  discardFiles,
  documentKindOf,
  type ReceivedFile,
  receiveFile,
  recordUpload,
  type UploadTarget,
} from '../workflows/upload-document.workflow.js';
import { refuseUnstorable } from './storable-input.js';

interface MultipartFile {
  field: string;
  name: string;
  bytes: Uint8Array;
}

export interface MultipartBody {
  fields: Map<string, string>;
  files: MultipartFile[];
}

/** Per file: one byte over the 10 MB limit, so an oversized file is told apart from one exactly at it. */
const MAX_FILE_BYTES = DOCUMENT_LIMITS.maxFileBytes;
const MAX_FILES = 20;
const LIMITS = { files: MAX_FILES, fields: 20, fieldSize: 1024, parts: MAX_FILES + 20 };

function requireMultipart(request: FastifyRequest): void {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the documents as multipart/form-data', {
      where: 'Content-Type',
    });
}

/**
 * A broken-off or malformed body is the client's: a code, never a 500. Errors of our own making
 * (codes, the file system's) pass unchanged.
 */
function asClientError(error: unknown): unknown {
  if (isAppError(error) || (error as { code?: string }).code?.startsWith('FST_')) return error;
  if ((error as { syscall?: string }).syscall !== undefined) return error;
  return new AppError('VALIDATION_FAILED', `malformed multipart body: ${(error as Error).message}`, {
    where: 'body',
  });
}

/**
 * Reads a whole multipart/form-data body into memory: text fields and files (at most 10 MB and 20
 * of them). For preflight, which examines the bytes and stores nothing; its callers hold an upload
 * slot, which bounds how many such bodies a process holds at once.
 */
export async function readMultipart(request: FastifyRequest): Promise<MultipartBody> {
  requireMultipart(request);
  const body: MultipartBody = { fields: new Map(), files: [] };
  try {
    for await (const part of request.parts({ limits: { ...LIMITS, fileSize: MAX_FILE_BYTES + 1 } })) {
      if (part.type === 'field') {
        refuseUnstorable(String(part.value), `form.${part.fieldname}`);
        body.fields.set(part.fieldname, String(part.value));
        continue;
      }
      const name = part.filename || part.fieldname;
      refuseUnstorable(name, `form.${part.fieldname}[${body.files.length}].filename`);
      body.files.push({ field: part.fieldname, name, bytes: new Uint8Array(await part.toBuffer()) });
    }
  } catch (error) {
    throw asClientError(error);
  }
  return body;
}

/**
 * An upload as it arrives: the optional `type` field, then one `file` part per page or side, each
 * streamed into the document store's intake (never held whole). Anything refused midway discards
 * what was staged.
 */
export async function receiveUpload(
  context: Deps,
  request: FastifyRequest,
  principal: Principal,
  target: UploadTarget,
): Promise<DocumentRow> {
  requireMultipart(request);
  const fields = new Map<string, string>();
  const received: ReceivedFile[] = [];
  let kind: ReturnType<typeof documentKindOf> | undefined;
  try {
    for await (const part of request.parts({ limits: { ...LIMITS, fileSize: target.maxBytes + 1 } })) {
      if (part.type === 'field') {
        if (part.fieldname !== 'type')
          throw new AppError('UNKNOWN_FIELD', `unknown form field ${part.fieldname}`, {
            where: `form.${part.fieldname}`,
            fields: [part.fieldname],
          });
        refuseUnstorable(String(part.value), 'form.type');
        fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (part.fieldname !== 'file')
        throw new AppError('VALIDATION_FAILED', 'send each page or side as a part named `file`', {
          where: `form.${part.fieldname}`,
        });
      const position = received.length;
      const name = part.filename || part.fieldname;
      refuseUnstorable(name, `form.file[${position}].filename`);
      kind ??= documentKindOf(target, fields.get('type') || undefined);
      received.push(await receiveFile(context, target, { name, position, stream: part.file }));
    }
  } catch (error) {
    await discardFiles(received);
    throw asClientError(error);
  }
  try {
    kind ??= documentKindOf(target, fields.get('type') || undefined);
    return await recordUpload(context, principal, target, kind, received);
  } finally {
    await discardFiles(received);
  }
}
