/**
 * OCR engines side by side on the same pages, through the same port (`OcrPool.recognise`):
 * character error rate, warm time per page and peak RSS, for Tesseract (tesseract.js) and PP-OCR
 * (`@gutenye/ocr-node`, onnxruntime-node). Pages: English and Chinese pages drawn here with known
 * text (DejaVu, Noto Sans Hans), each clean and degraded (2° tilt, blur, JPEG q40), and the machine-
 * readable zones of the shared specimen photos (../shared/datasets/mrz-specimens, read as whole
 * pages; the zone as printed is the truth). Each engine runs in its own process, so its RSS is its own.
 * `npm run bench:ocr-engines [-- --engine tesseract|paddle]`
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { hasCjkFont } from '@secondlook/simulator';
import sharp from 'sharp';
import { createPaddleOcrPool } from '../../src/adapters/ocr/paddle.ocr-pool.js';
import { createOcrPool, type OcrLanguage, prepareImageForOcr } from '../../src/modules/documents/index.js';
import { editDistance } from '../../src/modules/matching/index.js';

// The generator registers its fonts (DejaVu as GenSans, Noto Sans Hans as GenHans) on import.
if (!hasCjkFont) throw new Error('the CJK font package is missing: npm ci');

const SPECIMENS: Record<string, string[]> = {
  td1: ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
  td2: ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
  passport_uk: [
    'P<GBRPUDARSAN<<HENERT<<<<<<<<<<<<<<<<<<<<<<<',
    '7077979792GBR9505209M1704224<<<<<<<<<<<<<<00',
  ],
  mrva: ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'],
  mrvb: ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'],
};
const SPECIMEN_DIR = join(import.meta.dirname, '../../../shared/datasets/mrz-specimens');

const ENGLISH = [
  [
    'CERTIFICATE OF INCORPORATION',
    'Company name: Brightline Trading Company Limited',
    'Company number: 09876543',
    'Registered office: 14 Hanover Street, Flat 3, Manchester M1 4AN',
    'Date of incorporation: 12 October 2019',
    'Director: Margaret Ellen Whitfield',
    'Business term: 2019-06-18 to 2049-06-17',
    'Issued by the Registrar of Companies for England and Wales',
  ],
  [
    'ELECTRICITY BILL  Account 4471 2290 0815',
    'Account holder: Juan Pablo Hernandez Ortega',
    'Service address: 2207 Oak Ridge Avenue, Apt 12B, Austin, TX 78704',
    'Statement date: 03/14/2026   Due date: 04/02/2026',
    'Billing period: Feb 10, 2026 to Mar 11, 2026',
    'Energy used 812 kWh at $0.1432 per kWh      $116.28',
    'Total amount due                           $129.57',
    'IBAN GB29 NWBK 6016 1331 9268 19',
  ],
];
const CHINESE = [
  [
    '营业执照',
    '统一社会信用代码 91440101690644080W',
    '名称 广州市源隆汇家居用品有限公司',
    '类型 有限责任公司（自然人投资或控股）',
    '法定代表人 刘永华',
    '住所 广州市白云区机场路915号白云国际商贸中心2105室',
    '成立日期 2019年06月18日',
    '营业期限 2019年06月18日至长期',
  ],
  [
    '中华人民共和国居民身份证',
    '姓名 侯磊   性别 男   民族 汉',
    '出生 1970年6月10日',
    '住址 深圳市南山区科技园南区高新南七道18号',
    '公民身份号码 440306197006101514',
    '签发机关 深圳市公安局南山分局',
    '有效期限 2020.10.27-2040.10.26',
    '户名 深圳市华盛科技有限公司  电费账单 2026年03月',
  ],
];

interface Page {
  name: string;
  language: OcrLanguage;
  truth: string[];
  bytes: Buffer;
}

function draw(lines: readonly string[], han: boolean): Buffer {
  const canvas = createCanvas(2000, 1400);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fbfaf6';
  context.fillRect(0, 0, 2000, 1400);
  context.fillStyle = '#141414';
  lines.forEach((line, i) => {
    context.font = `${i === 0 ? 52 : 40}px ${han ? 'GenHans, GenSans' : 'GenSans'}`;
    context.fillText(line, 110, 150 + i * 150);
  });
  return canvas.toBuffer('image/png');
}

const degrade = (png: Buffer) =>
  sharp(png).rotate(2, { background: '#fbfaf6' }).blur(1.1).jpeg({ quality: 40 }).toBuffer();

async function pages(): Promise<Page[]> {
  const out: Page[] = [];
  for (const [set, language, han] of [
    [ENGLISH, 'eng', false],
    [CHINESE, 'chi_sim', true],
  ] as const)
    for (const [i, truth] of set.entries()) {
      const png = draw(truth, han);
      out.push({ name: `${language}-${i + 1} clean`, language, truth, bytes: png });
      out.push({ name: `${language}-${i + 1} degraded`, language, truth, bytes: await degrade(png) });
    }
  if (existsSync(SPECIMEN_DIR))
    for (const [name, truth] of Object.entries(SPECIMENS))
      out.push({
        name: `specimen ${name} (zone)`,
        language: 'eng',
        truth,
        bytes: readFileSync(join(SPECIMEN_DIR, `${name}.jpg`)),
      });
  return out;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Character error rate of the truth lines: each truth line against the read line closest to it. */
function cer(truth: readonly string[], text: string): number {
  const read = text.split('\n').map(squeeze).filter(Boolean);
  let errors = 0;
  let total = 0;
  for (const line of truth.map(squeeze)) {
    total += line.length;
    errors += Math.min(line.length, ...read.map((r) => editDistance(line, r)));
  }
  return total ? errors / total : 0;
}

async function runEngine(engine: 'tesseract' | 'paddle') {
  const tesseract = createOcrPool({ size: 1 });
  const pool = engine === 'paddle' ? createPaddleOcrPool({ zoneReader: tesseract }) : tesseract;
  const all = await pages();
  // Warm-up: the first read loads the models (both languages for tesseract).
  const warm = await prepareImageForOcr(all[0]!.bytes);
  await pool.recognise(warm, 'eng');
  if (engine === 'tesseract') await pool.recognise(warm, 'chi_sim');
  const results: { name: string; cer: number; ms: number }[] = [];
  for (const page of all) {
    const image = await prepareImageForOcr(page.bytes);
    const started = performance.now();
    const read = await pool.recognise(image, page.language);
    const ms = performance.now() - started;
    const text = read.status === 'read' ? read.text : '';
    results.push({ name: page.name, cer: cer(page.truth, text), ms: Math.round(ms) });
    console.error(engine, page.name, results.at(-1));
  }
  await pool.close();
  return { engine, results, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

const engineArg = process.argv.find((a) => a.startsWith('--engine='))?.slice(9) as
  | 'tesseract'
  | 'paddle'
  | undefined;
if (engineArg) {
  console.log(JSON.stringify(await runEngine(engineArg)));
} else {
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const runs = (['tesseract', 'paddle'] as const).map((engine) => {
    const before = load();
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, `--engine=${engine}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      },
    );
    const run = JSON.parse(out.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof runEngine>>;
    return { ...run, load: `${before} → ${load()}` };
  });
  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  const groups = ['eng-', 'chi_sim-', 'specimen'];
  const label: Record<string, string> = {
    'eng-': 'English',
    'chi_sim-': 'Chinese',
    specimen: 'specimen zones',
  };
  console.log(
    '| engine | pages | CER clean | CER degraded | median ms/page | peak RSS MB | load (before → after) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const run of runs)
    for (const g of groups) {
      const of = run.results.filter((r) => r.name.startsWith(g));
      if (of.length === 0) continue;
      const mean = (list: typeof of) =>
        list.length ? `${((100 * list.reduce((s, r) => s + r.cer, 0)) / list.length).toFixed(1)} %` : '—';
      const clean = of.filter((r) => !r.name.includes('degraded'));
      const degraded = of.filter((r) => r.name.includes('degraded'));
      const ms = of.map((r) => r.ms).sort((a, b) => a - b);
      console.log(
        `| ${run.engine} | ${label[g]} (${of.length}) | ${mean(clean)} | ${mean(degraded)} | ${ms[Math.floor(ms.length / 2)]} | ${run.peakRssMb} | ${run.load} |`,
      );
    }
}
