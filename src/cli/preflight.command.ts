import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { createConfiguredOcrPool } from '../adapters/ocr/paddle.ocr-pool.js';
import {
  ID_KINDS,
  namedDocument,
  type PreflightDocument,
  type PreflightReport,
  preflight,
} from '../modules/documents/index.js';
import { cleanFeedLine, DOCUMENT_TYPES, type SellerRecord } from '../modules/sellers/index.js';
import { loadConfig } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import { reportFailure } from './cli.context.js';

interface PreflightOptions {
  profile: string;
  doc: string[];
  asOf?: string;
  json?: boolean;
  lang?: string;
}

type Lang = 'en' | 'zh';

/** The language of the printed report: the environment's locale (LC_ALL, then LC_MESSAGES, then LANG). */
function languageOfEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const VERDICT: Record<Lang, Record<'pass' | 'fail', string>> = {
  en: { pass: 'PASS: ready to submit.', fail: 'FAIL: fix what is marked ✗ before submitting.' },
  zh: { pass: '通过：可以提交。', fail: '未通过：请先修正标有 ✗ 的项目再提交。' },
};

const GROUPS: Record<string, string> = {
  integrity: '文件',
  image_quality: '图像质量',
  completeness: '完整性',
  validity: '有效期',
  identifiers: '证件号码',
  authenticity: '真实性',
  consistency: '与账户一致',
};

const MARK = { pass: '✓', warn: '!', fail: '✗' } as const;

export function registerPreflightCommand(program: Command) {
  program
    .command('preflight')
    .description('Check documents before submitting them, offline: the same checks a reviewer sees')
    .requiredOption('--profile <seller.json>', 'the seller as registered (one seller in the feed shape)')
    .requiredOption(
      '--doc <TYPE=path[,path...]>',
      `a document and its files (pages or sides); TYPE is one of ${DOCUMENT_TYPES.join(', ')}, ` +
        `or the kind of ID (${ID_KINDS.join(', ')}); repeat for more`,
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--as-of <date>', 'the reference date for expiry and issue windows (default: today)')
    .option('--json', 'print the report as JSON')
    .option('--lang <en|zh>', 'the language of the printed report (default: from LC_ALL or LANG)')
    .addHelpText(
      'after',
      '\nExit code: 0 every check passed (warnings allowed), 1 a check failed, 2 usage error.',
    )
    .action(async (options: PreflightOptions) => {
      const ocr = createConfiguredOcrPool(loadConfig().ocrEngine);
      try {
        const seller = readProfile(options.profile);
        const documents = options.doc.map(parseDocument);
        const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
          throw new AppError('VALIDATION_FAILED', 'the date reads YYYY-MM-DD', { where: '--as-of' });
        const lang = options.lang ?? languageOfEnvironment();
        if (lang !== 'en' && lang !== 'zh')
          throw new AppError('VALIDATION_FAILED', '--lang is en or zh', { where: '--lang' });
        const report = await preflight({ seller, documents, asOf }, { ocr });
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else printReport(report, lang);
        process.exitCode = report.verdict === 'pass' ? 0 : 1;
      } catch (error) {
        reportFailure(error);
      } finally {
        await ocr.close();
      }
    });
}

function readProfile(path: string): SellerRecord {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `cannot read the profile: ${(error as Error).message}`, {
      where: path,
    });
  }
  // The feed's tolerant contract: an individual without a registration number is a seller too.
  const parsed = cleanFeedLine('sellers', value);
  if ('refused' in parsed)
    throw new AppError(
      'VALIDATION_FAILED',
      `the profile is not a seller in the feed shape: ${parsed.refused.code} ${parsed.refused.message}`,
      { where: path },
    );
  for (const note of parsed.notes)
    if (note.raw !== null) console.error(`${path}: ${note.field}: ${note.code} (not used by the checks)`);
  return parsed.record;
}

function parseDocument(spec: string): PreflightDocument {
  const match = spec.match(/^([a-z_]+)=(.+)$/);
  if (!match)
    throw new AppError('VALIDATION_FAILED', `write --doc TYPE=path[,path...], not "${spec}"`, {
      where: '--doc',
    });
  const [, named, paths] = match as unknown as [string, string, string];
  const document = namedDocument(named);
  if (!document)
    throw new AppError(
      'VALIDATION_FAILED',
      `unknown document type ${named}; one of ${[...DOCUMENT_TYPES, ...ID_KINDS].join(', ')}`,
      { where: '--doc' },
    );
  const files = paths.split(',').map((path) => {
    try {
      return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
    } catch {
      throw new AppError('NOT_FOUND', `no such file: ${path}`, { where: '--doc' });
    }
  });
  return { ...document, files };
}

function printReport(report: PreflightReport, lang: Lang) {
  for (const document of report.documents) {
    console.log(`\n${document.type} (${document.files.join(', ')})`);
    for (const check of document.checks) {
      const group = lang === 'zh' ? (GROUPS[check.group] ?? check.group) : check.group;
      console.log(`  ${MARK[check.status]} ${group.padEnd(lang === 'zh' ? 8 : 13)} ${check.message[lang]}`);
    }
  }
  console.log(`\n${VERDICT[lang][report.verdict === 'pass' ? 'pass' : 'fail']}`);
}
