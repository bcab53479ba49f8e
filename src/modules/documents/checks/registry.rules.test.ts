import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import type { DocumentReading, ReadPage } from '../reading/reading.schema.js';
import { SELFIE_RULES } from '../selfie/selfie.rules.js';
import { defineCheck } from './check.definition.js';
import { LEEDS_SELLER } from './fixtures.test-data.js';
import {
  CHECK_DEFINITIONS,
  registeredCodes,
  runChecks,
  runSelfieChecks,
  SELFIE_CHECK_DEFINITIONS,
} from './registry.js';

// The registry's own rules without preflight: the order of the definitions, the confidence rule
// over the pages a reading was read from, and the codes it lists.

const rules = { asOf: '2026-11-29', limits: DOCUMENT_LIMITS };
const fixture = defineCheck<'FIXTURE_MISSING' | 'FIXTURE_OTHER'>({
  id: 'fixture_pages',
  group: 'consistency',
  codes: {
    FIXTURE_MISSING: { en: 'Missing on {pages} pages.', zh: '{pages} 页缺少。' },
    FIXTURE_OTHER: { en: 'Other.', zh: '其他。' },
  },
  misreadCanFail: ['FIXTURE_MISSING'],
  check: (reading, _rules, _profile, emit) => [
    emit('FIXTURE_MISSING', 'fail', {}, { pages: reading.pages.length }),
    emit('FIXTURE_OTHER', 'fail', {}),
  ],
});
const second = defineCheck({
  id: 'fixture_second',
  group: 'validity',
  codes: { FIXTURE_SECOND: { en: 'Second.', zh: '第二。' } },
  check: (_reading, _rules, _profile, emit) => [emit('FIXTURE_SECOND', 'fail', {})],
});
const page = (source: ReadPage['source'], confidence?: number): ReadPage => ({
  file: 1,
  page: 1,
  source,
  text: 'x',
  ...(confidence !== undefined ? { confidence } : {}),
});
const reading = (pages: ReadPage[]) =>
  ({
    type: 'other',
    script: 'latin',
    files: [],
    readers: [],
    pages,
    fields: [],
    zoneSearched: false,
  }) as DocumentReading;
const run = (pages: ReadPage[], definitions = [fixture, second]) =>
  runChecks(definitions, reading(pages), rules, LEEDS_SELLER).map((i) => `${i.code}:${i.status}`);

describe('running the definitions', () => {
  it('runs each definition in order, and keeps fails on a text layer or confident OCR', () => {
    expect(run([page('text_layer')])).toEqual([
      'FIXTURE_MISSING:fail',
      'FIXTURE_OTHER:fail',
      'FIXTURE_SECOND:fail',
    ]);
    expect(run([page('ocr', 80)])).toEqual([
      'FIXTURE_MISSING:fail',
      'FIXTURE_OTHER:fail',
      'FIXTURE_SECOND:fail',
    ]);
  });

  it('softens only the codes a definition names when the OCR was not sure, skipping pages nothing was read from', () => {
    expect(run([page('ocr', 30), page('none')])).toEqual([
      'FIXTURE_MISSING:warn',
      'FIXTURE_OTHER:fail',
      'FIXTURE_SECOND:fail',
      'OCR_NOT_CONFIDENT:warn',
    ]);
    // an OCR page whose confidence is not known counts as not sure
    expect(run([page('ocr')])).toContain('OCR_NOT_CONFIDENT:warn');
    // a text layer beside it is exact
    expect(run([page('ocr', 30), page('text_layer')])).not.toContain('OCR_NOT_CONFIDENT:warn');
    // the built-in list does not apply to a definition that names none
    expect(run([page('ocr', 30)], [second])).toEqual(['FIXTURE_SECOND:fail']);
  });

  it('gives the OCR confidence of the least sure page', () => {
    const items = runChecks([fixture], reading([page('ocr', 50), page('ocr', 20)]), rules, LEEDS_SELLER);
    expect(items.at(-1)?.evidence).toMatchObject({ confidence: 20, softened: ['FIXTURE_MISSING'] });
  });
});

describe('the lists', () => {
  it('holds the document checks and the selfie checks in the order their items are listed', () => {
    expect(CHECK_DEFINITIONS.map((d) => d.id)).toEqual([
      'integrity',
      'image_quality',
      'completeness',
      'authenticity_metadata',
      'authenticity_revisions',
      'identifiers',
      'validity',
      'consistency',
    ]);
    expect(SELFIE_CHECK_DEFINITIONS.map((d) => d.id)).toEqual([
      'selfie_faces',
      'selfie_quality',
      'selfie_replay',
      'selfie_face_match',
    ]);
  });

  it('lists the codes of the given definitions with their check, group and messages', () => {
    expect(registeredCodes([fixture])).toEqual([
      {
        check: 'fixture_pages',
        group: 'consistency',
        code: 'FIXTURE_MISSING',
        message: { en: 'Missing on {pages} pages.', zh: '{pages} 页缺少。' },
      },
      {
        check: 'fixture_pages',
        group: 'consistency',
        code: 'FIXTURE_OTHER',
        message: { en: 'Other.', zh: '其他。' },
      },
    ]);
    expect(registeredCodes().map((c) => c.check)).toContain('consistency');
  });

  it('runs each selfie definition given over the evidence, with the rules given', () => {
    const seen: unknown[] = [];
    const probe = {
      id: 'probe',
      group: 'authenticity' as const,
      codes: { PROBE: { en: 'Probe {x}.', zh: '探测 {x}。' } },
      check: (
        evidence: unknown,
        selfieRules: unknown,
        emit: (code: 'PROBE', status: 'pass', e: object, p: object) => unknown,
      ) => {
        seen.push(evidence, selfieRules);
        return [emit('PROBE', 'pass', {}, { x: 1 })];
      },
    };
    const evidence = { selfie: {} } as Parameters<typeof runSelfieChecks>[0];
    const items = runSelfieChecks(evidence, SELFIE_RULES, [probe, probe] as never);
    expect(items.map((i) => i.message.en)).toEqual(['Probe 1.', 'Probe 1.']);
    expect(seen).toEqual([evidence, SELFIE_RULES, evidence, SELFIE_RULES]);
  });
});
