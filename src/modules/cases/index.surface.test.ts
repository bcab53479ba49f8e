import { describe, expect, it } from 'vitest';
import * as cases from './index.js';

// dependency-cruiser sees files, not names: this holds what the cases module's index shares.
describe('the cases module surface', () => {
  it('exports no row writer: other layers change cases through applyCaseAction and case.changes', () => {
    const writers = Object.keys(cases).filter((name) =>
      /^(insert|upsert|write|touch|bump|update|delete)/.test(name),
    );
    expect(writers).toEqual([]);
  });

  it('exports the use cases that write a case, each with its audit event', () => {
    for (const name of [
      'applyCaseAction',
      'caseOpened',
      'findingsAdded',
      'caseAssigned',
      'caseReleased',
      'decisionEventOnCase',
    ])
      expect(typeof (cases as Record<string, unknown>)[name], name).toBe('function');
  });

  it('keeps the record writers of case.record.ts inside the module', () => {
    for (const name of ['recordNewCase', 'recordAddedFindings', 'setCaseAssignee', 'markCaseChanged'])
      expect(name in cases, name).toBe(false);
  });
});
