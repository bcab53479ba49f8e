import { describe, expect, it } from 'vitest';
import { detectFileType } from './detect-type.js';
import { buildHeicHeader, buildPngHeader, buildTextPdf, renderTextImage } from './testing.fixtures.js';

describe('detectFileType', () => {
  it('names PDF, PNG, JPEG and TIFF from their bytes', async () => {
    expect(await detectFileType(await buildTextPdf())).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(await detectFileType(renderTextImage())).toEqual({ kind: 'png', mime: 'image/png' });
    expect(await detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({
      kind: 'jpeg',
      mime: 'image/jpeg',
    });
    expect(await detectFileType(Buffer.from('II*\0\x08\0\0\0', 'latin1'))).toMatchObject({ kind: 'tiff' });
    expect(await detectFileType(Buffer.from('MM\0*\0\0\0\x08', 'latin1'))).toMatchObject({ kind: 'tiff' });
  });

  it('accepts a PDF header after leading junk, as readers do', async () => {
    expect(await detectFileType(Buffer.from('\r\n\xef\xbb\xbf%PDF-1.4\n', 'latin1'))).toMatchObject({
      kind: 'pdf',
    });
  });

  it('calls a HEIC named .jpg a HEIC, whatever the name says', async () => {
    const type = await detectFileType(buildHeicHeader());
    expect(type).toMatchObject({ unsupported: 'heic' });
  });

  it('refuses the empty file, GIF, WEBP, ZIP and unknown bytes with a reason', async () => {
    expect(await detectFileType(new Uint8Array())).toEqual({
      unsupported: 'empty',
      reason: 'the file is empty (0 bytes)',
    });
    expect(await detectFileType(Buffer.from('GIF89a....', 'latin1'))).toMatchObject({ unsupported: 'gif' });
    expect(await detectFileType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toMatchObject({
      unsupported: 'webp',
    });
    expect(await detectFileType(Buffer.from('PK\x03\x04rest', 'latin1'))).toMatchObject({
      unsupported: 'zip',
    });
    expect(await detectFileType(Buffer.from('hello world', 'latin1'))).toMatchObject({
      unsupported: 'unknown',
    });
  });

  it('reads a crafted bomb header as PNG (the pixel limit is the image layer’s job)', async () => {
    expect(await detectFileType(buildPngHeader(50_000, 50_000))).toMatchObject({ kind: 'png' });
  });
});
