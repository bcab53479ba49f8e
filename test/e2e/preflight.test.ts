import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../bin/secondlook.mjs');

const seller = {
  seller_id: 'S1',
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: {
    line1: '14 Harbour Road',
    line2: 'Flat 3',
    city: 'Leeds',
    postal_code: 'LS1 4AB',
    country: 'GB',
  },
  legal_rep: { full_name: 'Emily Carter', date_of_birth: '1988-05-17' },
};

async function billPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const [i, line] of lines.entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  return pdf.save();
}

/** `secondlook preflight` as a seller runs it: offline, no store, a verdict and an exit code. */
describe('secondlook preflight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondlook-preflight-'));
  const path = (name: string) => join(dir, name);
  const preflightIn = async (locale: Record<string, string>, ...args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', [CLI, 'preflight', ...args], {
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...locale, LOG_LEVEL: 'silent' },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const preflight = (...args: string[]) => preflightIn({}, ...args);

  beforeAll(async () => {
    writeFileSync(path('seller.json'), JSON.stringify(seller));
    const header = ['Yorkshire Water', 'Statement date: 2026-11-02', 'Account holder: Emily Carter'];
    writeFileSync(
      path('bill.pdf'),
      await billPdf([...header, '14 Harbour Rd, Flat 3', 'Leeds LS1 4AB', 'Amount due: GBP 42.10']),
    );
    writeFileSync(
      path('other.pdf'),
      await billPdf([...header, '99 Canal Street', 'Manchester M1 3HE', 'Amount due: GBP 42.10']),
    );
    writeFileSync(
      path('old.pdf'),
      await billPdf([
        'Yorkshire Water',
        'Statement date: 2025-01-10',
        '14 Harbour Rd, Flat 3',
        'Leeds LS1 4AB',
      ]),
    );
    writeFileSync(
      path('photo.jpg'),
      Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a recent bill that shows the registered address, in the abbreviated form', async () => {
    const result = await preflight(
      '--profile',
      path('seller.json'),
      '--doc',
      `utility_bill=${path('bill.pdf')}`,
      '--as-of',
      '2026-11-29',
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      verdict: string;
      documents: { checks: { code: string; status: string }[] }[];
    };
    expect(report.verdict).toBe('pass');
    const codes = report.documents[0]!.checks.map((c) => `${c.code}:${c.status}`);
    expect(codes).toEqual(
      expect.arrayContaining(['FILE_ACCEPTED:pass', 'ISSUED_RECENTLY:pass', 'FIELD_FOUND:pass']),
    );
  });

  it('runs for an individual exported with a null registration number and empty fields', async () => {
    const exported = {
      ...seller,
      created_at: null,
      business: { trading_name: 'Carter Crafts', registration_number: null, country: '' },
      legal_rep: { ...seller.legal_rep, id_type: null, id_number: '' },
    };
    writeFileSync(path('exported.json'), JSON.stringify(exported));
    const result = await preflight(
      '--profile',
      path('exported.json'),
      '--doc',
      `utility_bill=${path('bill.pdf')}`,
      '--as-of',
      '2026-11-29',
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { verdict: string }).verdict).toBe('pass');
  });

  it('fails a bill for another address and one too old, and says what to do', async () => {
    const other = await preflight(
      '--profile',
      path('seller.json'),
      '--doc',
      `utility_bill=${path('other.pdf')}`,
      '--as-of',
      '2026-11-29',
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('✗ consistency');
    expect(other.stdout).toContain('FAIL: fix what is marked ✗ before submitting.');
    const old = await preflight(
      '--profile',
      path('seller.json'),
      '--doc',
      `utility_bill=${path('old.pdf')}`,
      '--as-of',
      '2026-11-29',
      '--json',
    );
    expect(old.code).toBe(1);
    expect(old.stdout).toContain('DOCUMENT_TOO_OLD');
  });

  it('prints the report in 简体中文 under a Chinese locale, or with --lang zh', async () => {
    const args = ['--profile', path('seller.json'), '--doc', `utility_bill=${path('other.pdf')}`];
    const fromLocale = await preflightIn({ LANG: 'zh_CN.UTF-8' }, ...args, '--as-of', '2026-11-29');
    expect(fromLocale.code).toBe(1);
    expect(fromLocale.stdout).toContain('✗ 与账户一致');
    expect(fromLocale.stdout).toContain('未通过：请先修正标有 ✗ 的项目再提交。');
    const asked = await preflight(...args, '--as-of', '2026-11-29', '--lang', 'zh');
    expect(asked.stdout).toBe(fromLocale.stdout);
    const english = await preflightIn(
      { LC_ALL: 'zh_CN.UTF-8' },
      ...args,
      '--as-of',
      '2026-11-29',
      '--lang',
      'en',
    );
    expect(english.stdout).toContain('FAIL: fix what is marked ✗ before submitting.');
  });

  it('refuses a HEIC photo named .jpg by its real type', async () => {
    const result = await preflight(
      '--profile',
      path('seller.json'),
      '--doc',
      `government_id=${path('photo.jpg')}`,
      '--json',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FILE_TYPE_UNSUPPORTED');
  });

  it('answers a usage error with exit code 2', async () => {
    const result = await preflight(
      '--profile',
      path('seller.json'),
      '--doc',
      `passport_scan=${path('bill.pdf')}`,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('VALIDATION_FAILED unknown document type passport_scan');
  });
});
