import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentType } from '@secondlook/feed-contract';
import { parse } from 'mrz';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { SellerProfile } from './documents.types.js';
import { buildTd1, buildTd3 } from './mrz.build.js';
import { simulateSellerProfiles } from './profiles.js';
import { generateSubmission } from './submission.generate.js';
import { defectObstacle, SCENARIO_RULES } from './submission.rules.js';

const profiles = simulateSellerProfiles(11, 80);
const find = (pred: (p: SellerProfile) => boolean): SellerProfile => {
  const found = profiles.find(pred);
  if (!found) throw new Error('no such profile in the sample');
  return found;
};
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const person = {
  surname: 'Müller',
  given: 'Anna Maria',
  documentNumber: 'C01X00T47',
  issuer: 'DE',
  nationality: 'DE',
  dateOfBirth: '1985-03-02',
  sex: 'F' as const,
  expiry: '2031-02-01',
};

describe('MRZ', () => {
  it('writes TD3 and TD1 zones whose check digits the mrz package accepts', () => {
    for (const lines of [
      buildTd3(person),
      buildTd1(person),
      buildTd1({ ...person, issuer: 'FR', nationality: 'FR', documentNumber: 'AB12CD34EF56' }),
    ]) {
      const result = parse(lines);
      expect(result.valid, lines.join('\n')).toBe(true);
    }
    expect(buildTd3(person)[0]).toBe('P<D<<MUELLER<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<');
  });

  it('leaves exactly the tampered field with a wrong check digit', () => {
    for (const [field, detail] of [
      ['birth_date', 'birthDateCheckDigit'],
      ['document_number', 'documentNumberCheckDigit'],
      ['expiry_date', 'expirationDateCheckDigit'],
    ] as const) {
      const failed = parse(buildTd3(person, field))
        .details.filter((d) => !d.valid)
        .map((d) => d.field);
      expect(failed).toEqual([detail]);
    }
  });
});

describe('generated submissions', () => {
  const passportHolder = find((p) => p.person.idType === 'passport' && p.person.nationality !== 'JP');

  it('is the same bytes for the same seed, and other bytes for another', async () => {
    const make = (seed: number) =>
      generateSubmission({
        profile: passportHolder,
        scenario: 'identity_verification',
        seed,
        donors: profiles,
      });
    const [a, b, c] = await Promise.all([make(3), make(3), make(4)]);
    const digest = (s: typeof a) => s.documents.flatMap((d) => d.files.map((f) => sha(f.bytes)));
    expect(digest(a)).toEqual(digest(b));
    expect(digest(a)).not.toEqual(digest(c));
    expect(a.truth).toEqual({ defects: [], variations: [], expect: 'pass' });
  });

  it('renders passports at a readable size and shrinks the low-resolution ones', async () => {
    const sizes = async (defect?: 'low_resolution') => {
      const s = await generateSubmission({
        profile: passportHolder,
        scenario: 'identity_verification',
        seed: 5,
        ...(defect ? { defect } : {}),
      });
      const meta = await sharp(s.documents[0]!.files[0]!.bytes).metadata();
      return Math.min(meta.width ?? 0, meta.height ?? 0);
    };
    expect(await sizes()).toBeGreaterThanOrEqual(1000);
    expect(await sizes('low_resolution')).toBeLessThan(600);
  });

  it('drops a page of a multi-page statement and a side of an ID card', async () => {
    const business = find((p) => Boolean(p.record.business) && p.record.business?.country !== 'CN');
    let pageCounts = { pdf: 0, images: 0 };
    for (let seed = 1; seed < 30 && pageCounts.pdf + pageCounts.images === 0; seed++) {
      const s = await generateSubmission({
        profile: business,
        scenario: 'registration_mismatch',
        seed,
        defect: 'missing_page',
      });
      const doc = s.documents.find((d) => d.defect === 'missing_page')!;
      const file = doc.files[0]!;
      if (file.name.endsWith('.pdf') && doc.form === 'pdf') {
        const pdf = await PDFDocument.load(file.bytes);
        const text = Buffer.from(file.bytes).toString('latin1');
        const total = Number(/Page 1 of (\d)/.exec(text)?.[1] ?? /\(Page \d of (\d)\)/.exec(text)?.[1] ?? 0);
        expect(total === 0 || pdf.getPageCount() < total).toBe(true);
        pageCounts = { ...pageCounts, pdf: pdf.getPageCount() };
      } else pageCounts = { ...pageCounts, images: doc.files.length };
      expect(s.truth).toMatchObject({ defects: ['missing_page'], expect: 'fail' });
    }
    expect(pageCounts.pdf + pageCounts.images).toBeGreaterThan(0);
    const card = find(
      (p) =>
        p.person.idType === 'national_id' &&
        defectObstacle(p, 'identity_verification', 'missing_id_side') === undefined,
    );
    const whole = await generateSubmission({ profile: card, scenario: 'identity_verification', seed: 2 });
    const half = await generateSubmission({
      profile: card,
      scenario: 'identity_verification',
      seed: 2,
      defect: 'missing_id_side',
    });
    expect(whole.documents[0]!.files.map((f) => f.name)).toEqual([
      'national_id-front.jpg',
      'national_id-back.jpg',
    ]);
    expect(half.documents[0]!.files.map((f) => f.name)).toEqual(['national_id-front.jpg']);
  });

  it('writes an editor into the metadata of an edited PDF', async () => {
    const seller = find((p) => Boolean(p.record.business));
    const s = await generateSubmission({
      profile: seller,
      scenario: 'sales_anomaly',
      seed: 8,
      defect: 'edited_pdf_metadata',
    });
    const pdf = await PDFDocument.load(s.documents[0]!.files[0]!.bytes, { updateMetadata: false });
    const producer = pdf.getProducer() ?? '';
    const span = (pdf.getModificationDate()?.getTime() ?? 0) - (pdf.getCreationDate()?.getTime() ?? 0);
    expect(/Photoshop|PDFescape|Sejda|iLovePDF/.test(producer) || span > 10 * 86_400_000).toBe(true);
  });

  it('keeps the edited PDF a PDF for a seller whose bills are in 汉字 (the PDF writer prints Latin)', async () => {
    const seller = find((p) => /\p{Script=Han}/u.test(p.record.business?.legal_name ?? ''));
    const bills = [];
    for (let seed = 1; seed <= 12 && bills.length === 0; seed++) {
      const s = await generateSubmission({
        profile: seller,
        scenario: 'registration_mismatch',
        seed,
        defect: 'edited_pdf_metadata',
        allowHan: true,
      });
      bills.push(...s.documents.filter((d) => d.defect && d.type === 'utility_bill'));
    }
    expect(bills.length).toBeGreaterThan(0);
    for (const bill of bills) {
      expect(bill.form).toBe('pdf');
      expect(Buffer.from(bill.files[0]?.bytes.subarray(0, 5) ?? []).toString('latin1')).toBe('%PDF-');
    }
  }, 120_000);

  it('appends an incremental update that changes one printed figure, the bytes of the issuer kept', async () => {
    const seller = find((p) => Boolean(p.record.business));
    const options = { profile: seller, scenario: 'sales_anomaly' as const, seed: 8 };
    const genuine = (await generateSubmission(options)).documents[0]!;
    const edited = (await generateSubmission({ ...options, defect: 'pdf_incremental_update' })).documents[0]!;
    expect(edited.form).toBe('pdf');
    const bytes = Buffer.from(edited.files[0]!.bytes);
    const text = bytes.toString('latin1');
    expect(text.match(/%%EOF/g)).toHaveLength(2);
    const first = bytes.subarray(0, text.indexOf('%%EOF') + 5);
    // The issuer's save opens on its own and the whole file too, with the update's ModDate.
    const before = await PDFDocument.load(first, { updateMetadata: false });
    const after = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(after.getPageCount()).toBe(before.getPageCount());
    expect(after.getModificationDate()!.getTime()).toBeGreaterThan(before.getModificationDate()!.getTime());
    expect(genuine.files[0]!.name).toBe(edited.files[0]!.name);
  });

  it('carries the rules of policy/default.policy.json', () => {
    const policy = JSON.parse(
      readFileSync(new URL('../../../../policy/default.policy.json', import.meta.url), 'utf8'),
    ) as {
      triggers: Record<
        string,
        { requirements: { accepted_variants: string[]; rules: Record<string, unknown> }[] }
      >;
    };
    for (const [scenario, byType] of Object.entries(SCENARIO_RULES)) {
      for (const [type, rules] of Object.entries(byType)) {
        const requirement = policy.triggers[scenario]?.requirements.find(
          (r) =>
            r.accepted_variants.includes(type as DocumentType) ||
            (type === 'government_id' && r.accepted_variants.includes('passport')),
        );
        expect(requirement?.rules, `${scenario}/${type}`).toEqual(rules);
      }
    }
  });
});
