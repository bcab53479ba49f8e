import type { SellerRecord } from '../../sellers/index.js';
import type { DocumentReading } from '../reading/reading.schema.js';
import {
  faceMatchCheck,
  type SelfieCheckDefinition,
  selfieFacesCheck,
  selfieQualityCheck,
  selfieReplayCheck,
} from '../selfie/selfie.checks.js';
import { SELFIE_RULES, type SelfieEvidence, type SelfieRules } from '../selfie/selfie.rules.js';
import { type CheckDefinition, type CheckRules, emitterOf, runCheck } from './check.definition.js';
import type { CheckItem } from './check.types.js';
import { completenessCheck } from './completeness.check.js';
import { applyOcrConfidence, textSourceOf } from './confidence.rule.js';
import { consistencyCheck } from './consistency.check.js';
import { imageQualityCheck, integrityCheck } from './file.checks.js';
import { identifiersCheck } from './identifiers.check.js';
import { metadataCheck } from './metadata.check.js';
import { pdfRevisionsCheck } from './pdf.revisions.check.js';
import { validityCheck } from './validity.check.js';

/**
 * The one list of document checks, in the order their items are listed within a group. Preflight,
 * the check job and the CLI run this list; a new check is one definition added here.
 */
export const CHECK_DEFINITIONS: readonly CheckDefinition[] = [
  integrityCheck,
  imageQualityCheck,
  completenessCheck,
  metadataCheck,
  pdfRevisionsCheck,
  identifiersCheck,
  validityCheck,
  consistencyCheck,
] as readonly CheckDefinition<string>[] as readonly CheckDefinition[];

/**
 * Every definition over one reading, then the confidence rule: when the whole text came from OCR
 * that was not sure of it, the codes a misread alone can fail (each definition names them) warn.
 */
export function runChecks(
  definitions: readonly CheckDefinition[],
  reading: DocumentReading,
  rules: CheckRules,
  profile: SellerRecord,
): CheckItem[] {
  const items = definitions.flatMap((definition) => runCheck(definition, reading, rules, profile));
  const misread = new Set(definitions.flatMap((definition) => definition.misreadCanFail ?? []));
  const source = textSourceOf(
    reading.pages.flatMap((p) =>
      p.source === 'none'
        ? []
        : [{ source: p.source, ...(p.confidence !== undefined ? { confidence: p.confidence } : {}) }],
    ),
  );
  return applyOcrConfidence(items, source, misread);
}

/** The selfie checks, pure functions of the face analysis, in the order their items are listed. */
export const SELFIE_CHECK_DEFINITIONS: readonly SelfieCheckDefinition[] = [
  selfieFacesCheck,
  selfieQualityCheck,
  selfieReplayCheck,
  faceMatchCheck,
] as readonly SelfieCheckDefinition<string>[] as readonly SelfieCheckDefinition[];

/** Every selfie definition over one selfie's evidence. */
export const runSelfieChecks = (
  evidence: SelfieEvidence,
  rules: SelfieRules = SELFIE_RULES,
  definitions: readonly SelfieCheckDefinition[] = SELFIE_CHECK_DEFINITIONS,
): CheckItem[] =>
  definitions.flatMap((definition) => definition.check(evidence, rules, emitterOf(definition)));

/** Every code a registered check may give, with its messages: for the docs and the catalogue test. */
export const registeredCodes = (
  definitions: readonly Pick<CheckDefinition, 'id' | 'group' | 'codes'>[] = CHECK_DEFINITIONS,
) =>
  definitions.flatMap((definition) =>
    Object.entries(definition.codes).map(([code, message]) => ({
      check: definition.id,
      group: definition.group,
      code,
      message: message as { en: string; zh: string },
    })),
  );
