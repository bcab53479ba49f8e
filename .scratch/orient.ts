import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { createOcrPool, prepareImageForOcr } from '../src/modules/documents/extract/index.js';
import { readability, turnImage } from '../src/modules/documents/extract/image.orientation.js';
const ocr = createOcrPool();
for (const f of ['td1.jpg', 'td2.jpg', 'passport_uk.jpg', 'mrva.jpg', 'mrvb.jpg', 'nomrz.jpg']) {
  let bytes: Buffer;
  try { bytes = readFileSync(`../shared/datasets/mrz-specimens/${f}`); } catch { console.log('missing', f); continue; }
  for (const [name, b] of [['given', bytes], ['180', await sharp(bytes).rotate(180).jpeg().toBuffer()]] as const) {
    const img = await prepareImageForOcr(b);
    const t0 = Date.now();
    const full = await ocr.recognise(img, 'eng', { layout: true });
    const t1 = Date.now();
    const scores: string[] = [];
    for (const turn of [{ degrees: 0, mirrored: false }, { degrees: 180, mirrored: false }, { degrees: 90, mirrored: false }] as const) {
      const r = await ocr.recognise(await turnImage(img, turn, 1000), 'eng');
      scores.push(`${turn.degrees}:${r.status === 'read' ? `${r.confidence}/${readability(r.text, r.confidence).toFixed(0)}` : 'x'}`);
    }
    console.log(f, name, full.status === 'read' ? full.confidence : 'x', `${t1 - t0}ms`, scores.join(' '), `${Date.now() - t1}ms`);
  }
}
await ocr.close();
