/**
 * The MRZ photo reader on the shared specimens (../shared/datasets/mrz-specimens) and on harder
 * copies of them: reads with every check digit valid, false MRZ_CHECK_DIGIT fails (goal 0), the
 * no-MRZ photo saying so, time per image; then two-page passport spreads of `passport_uk.jpg`
 * (read = the passport's own zone, every check digit valid).
 * `npm run bench:mrz-specimens [-- --variants=a,b] [-- --spreads-only]`.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { formatCut } from '../../src/modules/documents/checks/card.format.js';
import { pageCutEdges } from '../../src/modules/documents/checks/file.checks.js';
import { checkIdentifiers } from '../../src/modules/documents/checks/identifiers.check.js';
import { zoneCut } from '../../src/modules/documents/checks/zone.frame.check.js';
import { createOcrPool, extractDocument } from '../../src/modules/documents/extract/index.js';
import { readDocument } from '../../src/modules/documents/reading/read-document.js';
import { fieldsNamed } from '../../src/modules/documents/reading/reading.schema.js';
import { SPREAD_VARIANTS, VARIANTS } from './mrz-variants.js';

const DIR = join(import.meta.dirname, '../../../shared/datasets/mrz-specimens');
const SPECIMENS = ['td1', 'td2', 'passport_uk', 'mrva', 'mrvb', 'nomrz'];
/** What a seller would call each specimen on upload (the others are read by their zone alone). */
const VARIANT_OF: Readonly<Record<string, string>> = {
  td1: 'national_id',
  passport_uk: 'passport',
  nomrz: 'passport',
};
const only = process.argv
  .find((a) => a.startsWith('--variants='))
  ?.slice(11)
  .split(',');

const ocr = createOcrPool();
const rows: {
  variant: string;
  read: number;
  of: number;
  falseFails: number;
  /** Whole specimens the zone-frame rule calls cropped (goal 0). */
  falseCrops: number;
  /** Whole specimens the card-format rule calls cropped (goal 0). */
  falseFormatCrops: number;
  /** Whole specimens the page-past-frame rule calls cropped (goal 0). */
  falsePageCrops: number;
  noMrzSaid: boolean;
  ms: number[];
}[] = [];
const spreadsOnly = process.argv.includes('--spreads-only');
for (const variant of VARIANTS.filter((v) => !spreadsOnly && (!only || only.includes(v.name)))) {
  const row = {
    variant: variant.name,
    read: 0,
    of: 0,
    falseFails: 0,
    falseCrops: 0,
    falsePageCrops: 0,
    falseFormatCrops: 0,
    noMrzSaid: false,
    ms: [] as number[],
  };
  for (const name of SPECIMENS) {
    const bytes = await variant.make(readFileSync(join(DIR, `${name}.jpg`)));
    const started = performance.now();
    const result = await extractDocument(bytes, { ocr, expectMrz: true });
    row.ms.push(performance.now() - started);
    if (!result.ok) continue;
    const { extraction } = result;
    const reading = readDocument({
      type: 'government_id',
      variant: VARIANT_OF[name],
      files: [{ name, sha256: '', extraction }],
    });
    const checks = checkIdentifiers({
      identifiers: fieldsNamed(reading, 'identifier'),
      expectMrz: true,
      ...(reading.zone ? { zone: reading.zone } : {}),
      zoneSearched: reading.zoneSearched,
    });
    const codes = checks.map((c) => `${c.code}:${c.status}`);
    const cut = zoneCut(reading);
    if (cut) row.falseCrops++;
    const pageCut = pageCutEdges(
      extraction.image?.metrics.edgePaperShare,
      extraction.image?.metrics.edgeStep,
    );
    if (pageCut.length > 0) row.falsePageCrops++;
    const formatCutEvidence = formatCut(reading)?.evidence;
    if (formatCutEvidence) row.falseFormatCrops++;
    if (name === 'nomrz') {
      row.noMrzSaid = codes.includes('MRZ_NOT_FOUND:warn') && !codes.some((c) => c.startsWith('MRZ_VALID'));
    } else {
      row.of++;
      if (codes.includes('MRZ_VALID:pass')) row.read++;
      if (codes.includes('MRZ_CHECK_DIGIT:fail')) row.falseFails++;
    }
    console.error(
      variant.name,
      name,
      Math.round(row.ms.at(-1)!),
      codes.filter((c) => c.startsWith('MRZ')).join(' '),
      extraction.zone?.lines.join(' / ') ?? '',
      cut
        ? `IMAGE_CROPPED ${JSON.stringify(cut.evidence.reason)} ${JSON.stringify(cut.evidence.edges ?? '')}`
        : '',
      pageCut.length > 0 ? `IMAGE_CROPPED page_past_frame ${JSON.stringify(pageCut)}` : '',
      formatCutEvidence ? `IMAGE_CROPPED ${JSON.stringify(formatCutEvidence)}` : '',
    );
  }
  rows.push(row);
}

const PASSPORT_NUMBER = '707797979';
const spreadRows: {
  variant: string;
  read: boolean;
  falseFail: boolean;
  falseFormatCrop: boolean;
  ms: number;
  zone: string;
}[] = [];
const pages = { visa: readFileSync(join(DIR, 'mrva.jpg')), other: readFileSync(join(DIR, 'nomrz.jpg')) };
for (const variant of SPREAD_VARIANTS.filter((v) => !only || only.includes(v.name))) {
  const bytes = await variant.make(readFileSync(join(DIR, 'passport_uk.jpg')), pages);
  const started = performance.now();
  const result = await extractDocument(bytes, { ocr, expectMrz: true });
  const ms = performance.now() - started;
  const zone = result.ok ? result.extraction.zone : undefined;
  const reading = result.ok
    ? readDocument({
        type: 'government_id',
        variant: 'passport',
        files: [{ name: 'spread', sha256: '', extraction: result.extraction }],
      })
    : undefined;
  const codes = reading
    ? checkIdentifiers({
        identifiers: fieldsNamed(reading, 'identifier'),
        expectMrz: true,
        ...(reading.zone ? { zone: reading.zone } : {}),
        zoneSearched: reading.zoneSearched,
      }).map((c) => `${c.code}:${c.status}`)
    : [];
  const own = zone?.lines.some((line) => line.startsWith(PASSPORT_NUMBER)) ?? false;
  spreadRows.push({
    variant: variant.name,
    read: own && codes.includes('MRZ_VALID:pass'),
    falseFail: codes.includes('MRZ_CHECK_DIGIT:fail'),
    falseFormatCrop: reading ? formatCut(reading) !== undefined : false,
    ms,
    zone: zone?.lines.join(' / ') ?? '',
  });
  console.error(
    'spread',
    variant.name,
    Math.round(ms),
    codes.filter((c) => c.startsWith('MRZ')).join(' '),
    zone?.lines.join(' / ') ?? '',
  );
}
await ocr.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
console.log(
  '| variant | read, all check digits valid | false MRZ_CHECK_DIGIT | false IMAGE_CROPPED (zone) | false IMAGE_CROPPED (page past frame) | false IMAGE_CROPPED (format) | no-MRZ photo says so | median ms / image | max ms |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: |');
if (rows.length > 0)
  for (const r of rows)
    console.log(
      `| ${r.variant} | ${r.read}/${r.of} | ${r.falseFails} | ${r.falseCrops} | ${r.falsePageCrops} | ${r.falseFormatCrops} | ${r.noMrzSaid ? 'yes' : 'no'} | ${Math.round(median(r.ms))} | ${Math.round(Math.max(...r.ms))} |`,
    );
const total = rows.reduce(
  (s, r) => ({
    read: s.read + r.read,
    of: s.of + r.of,
    ff: s.ff + r.falseFails,
    fc: s.fc + r.falseCrops,
    fp: s.fp + r.falsePageCrops,
    fm: s.fm + r.falseFormatCrops,
  }),
  { read: 0, of: 0, ff: 0, fc: 0, fp: 0, fm: 0 },
);
console.log(
  `| **all** | **${total.read}/${total.of}** | **${total.ff}** | **${total.fc}** | **${total.fp}** | **${total.fm}** | ${rows.filter((r) => r.noMrzSaid).length}/${rows.length} | ${Math.round(median(rows.flatMap((r) => r.ms)))} | |`,
);
if (spreadRows.length > 0) {
  console.log(
    '\n| passport_uk spread | its own zone read, all check digits valid | false MRZ_CHECK_DIGIT | false IMAGE_CROPPED (format) | ms |',
  );
  console.log('| --- | :---: | :---: | :---: | ---: |');
  for (const r of spreadRows)
    console.log(
      `| ${r.variant} | ${r.read ? 'yes' : 'no'} | ${r.falseFail ? 'yes' : 'no'} | ${r.falseFormatCrop ? 'yes' : 'no'} | ${Math.round(r.ms)} |`,
    );
  console.log(
    `| **all** | **${spreadRows.filter((r) => r.read).length}/${spreadRows.length}** | ${spreadRows.filter((r) => r.falseFail).length} | ${spreadRows.filter((r) => r.falseFormatCrop).length} | |`,
  );
}
