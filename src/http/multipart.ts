import type { FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../platform/errors.js';

export interface MultipartFile {
  field: string;
  name: string;
  bytes: Uint8Array;
}

export interface MultipartBody {
  fields: Map<string, string>;
  files: MultipartFile[];
}

/** Per file: one byte over the 10 MB limit, so an oversized file is told apart from one exactly at it. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 20;

/**
 * Reads a whole multipart/form-data body: text fields and files (each held in memory, at most
 * 10 MB and 20 of them). A body that is not multipart, or that breaks off, is refused with a code.
 */
export async function readMultipart(request: FastifyRequest): Promise<MultipartBody> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the documents as multipart/form-data', {
      where: 'Content-Type',
    });
  const body: MultipartBody = { fields: new Map(), files: [] };
  try {
    for await (const part of request.parts({
      limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES, fields: 20, fieldSize: 1024 },
    })) {
      if (part.type === 'field') body.fields.set(part.fieldname, String(part.value));
      else
        body.files.push({
          field: part.fieldname,
          name: part.filename || part.fieldname,
          bytes: new Uint8Array(await part.toBuffer()),
        });
    }
  } catch (error) {
    if (isAppError(error) || (error as { code?: string }).code?.startsWith('FST_')) throw error;
    throw new AppError('VALIDATION_FAILED', `malformed multipart body: ${(error as Error).message}`, {
      where: 'body',
    });
  }
  return body;
}
