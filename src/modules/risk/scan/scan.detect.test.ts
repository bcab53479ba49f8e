import { describe, expect, it } from 'vitest';
import { cleanFeedLine } from '../../sellers/index.js';
import { detectAll } from './scan.detect.js';
import { ScanInput } from './scan.input.js';

const asOf = new Date('2026-11-01T00:00:00Z');

function read(input: ScanInput, kind: 'sellers' | 'events', value: object) {
  if (kind === 'sellers') {
    const clean = cleanFeedLine('sellers', value);
    if ('refused' in clean) throw new Error(clean.refused.message);
    input.addSeller(clean.record);
    input.addNotes(clean.record.seller_id, kind, clean.notes);
  } else {
    const clean = cleanFeedLine('events', value);
    if ('refused' in clean) throw new Error(clean.refused.message);
    input.addEvent(clean.record);
    input.addNotes(clean.record.seller_id, kind, clean.notes);
  }
}

describe('findings on sellers the feed left partly unknown', () => {
  it('say what their trigger could not check, and an unknown value is never evidence', () => {
    const input = new ScanInput();
    read(input, 'sellers', {
      seller_id: 'S1',
      address: { country: 'GB' },
      legal_rep: { full_name: 'Ann Lee', date_of_birth: '1985-02-31' },
    });
    read(input, 'events', {
      seller_id: 'S1',
      type: 'identity_check',
      at: '2026-10-01T00:00:00Z',
      result: 'failed',
    });
    // A later check whose result is unusable neither clears the failure nor fails again.
    read(input, 'events', {
      seller_id: 'S1',
      type: 'identity_check',
      at: '2026-10-02T00:00:00Z',
      result: 'maybe',
    });
    for (let day = 1; day <= 20; day++)
      read(input, 'events', {
        seller_id: 'S1',
        type: 'login',
        at: `2026-10-${String(day).padStart(2, '0')}T09:00:00Z`,
        ip: '1.2.3.4',
        ip_country: '??',
      });
    const findings = detectAll(input, { asOf });
    expect(findings.map((f) => f.trigger)).toEqual(['identity_verification', 'missing_documentation']);
    expect(findings[0]?.evidence).toMatchObject({
      latest_check: { at: '2026-10-01T00:00:00Z', result: 'failed' },
      could_not_check: [{ field: 'events:result', code: 'INVALID_VALUE' }],
    });
    expect(findings[1]?.evidence.could_not_check).toEqual([
      { field: 'sellers:entity_type', code: 'ENTITY_TYPE_INFERRED' },
    ]);
  });
});
