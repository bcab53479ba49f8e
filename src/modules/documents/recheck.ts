import type { SellerRecord } from '../sellers/index.js';
import type { CheckDefinition, CheckRules } from './checks/check.definition.js';
import { type DocumentReport, sortChecks } from './checks/check.types.js';
import { CHECK_DEFINITIONS, registeredCodes, runChecks } from './checks/registry.js';
import type { DocumentReading } from './reading/reading.schema.js';

/**
 * A checked document's report against another profile, from its stored reading: the registered
 * checks run again (they are pure functions of the reading, the rules and the profile); the items
 * no definition gives (the search for other sellers' files) are kept as they were, since a
 * profile change does not move them. No file is read again and no OCR runs.
 */
export function recheckReport(
  report: DocumentReport,
  reading: DocumentReading,
  rules: CheckRules,
  profile: SellerRecord,
  definitions: readonly CheckDefinition[] = CHECK_DEFINITIONS,
): DocumentReport {
  const registered = new Set(registeredCodes(definitions).map((c) => c.code));
  const kept = report.checks.filter((item) => !registered.has(item.code));
  return {
    ...report,
    checks: sortChecks([...runChecks(definitions, reading, rules, profile), ...kept]),
  };
}

/**
 * Whether a document's checks ran against an older profile than the seller's current one. A
 * document checked before the version was recorded (`null`) is not known to be stale.
 */
export const isCheckStale = (checkedProfileVersion: number | null, currentProfileVersion: number): boolean =>
  checkedProfileVersion !== null && checkedProfileVersion < currentProfileVersion;
