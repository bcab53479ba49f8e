import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { createWorker, OEM, PSM } from 'tesseract.js';
import { prepareImageForOcr } from '../src/modules/documents/extract/index.js';
import { renderTextImage } from '../src/modules/documents/extract/testing.fixtures.js';
const worker = await createWorker('osd', OEM.TESSERACT_ONLY, { langPath: '/tmp/osd/package/4.0.0', legacyCore: true, legacyLang: true, gzip: true, cachePath: '/tmp/osd/cache' } as never);
await worker.setParameters({ tessedit_pageseg_mode: PSM.OSD_ONLY });
const bill = renderTextImage({ lines: ['Yorkshire Water', 'Statement date: 2026-11-02', 'Account holder: Emily Carter', '14 Harbour Rd, Flat 3', 'Leeds LS1 4AB'] });
const inputs: [string, Buffer][] = [['bill', bill]];
for (const f of ['td1.jpg', 'td2.jpg', 'passport_uk.jpg', 'mrva.jpg', 'mrvb.jpg', 'nomrz.jpg']) inputs.push([f, readFileSync(`../shared/datasets/mrz-specimens/${f}`)]);
for (const [name, bytes] of inputs) {
  for (const deg of [0, 90, 180, 270]) {
    const img = await prepareImageForOcr(deg ? await sharp(bytes).rotate(deg).png().toBuffer() : bytes);
    const t = Date.now();
    try {
      const r = await worker.detect(img);
      console.log(name, deg, JSON.stringify(r.data), `${Date.now() - t}ms`);
    } catch (e) { console.log(name, deg, 'ERR', String(e)); }
  }
}
await worker.terminate();
