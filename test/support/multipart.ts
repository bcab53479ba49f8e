/** A part of a form: a text field (`[name, value]`) or a file (`[name, bytes, file name]`). */
export type FormPart = [field: string, value: Uint8Array | string, fileName?: string];

/** A multipart/form-data body as a browser would send it, for `server.inject`. */
export async function multipart(parts: readonly FormPart[]) {
  const form = new FormData();
  for (const [field, value, name] of parts)
    if (typeof value === 'string') form.append(field, value);
    else form.append(field, new Blob([value]), name ?? 'file');
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type')!,
  };
}
