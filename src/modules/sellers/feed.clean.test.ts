import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFeedLine } from './feed.clean.js';

const seller = (extra: Record<string, unknown>) => cleanFeedLine('sellers', { seller_id: 'S1', ...extra });
const codes = (result: ReturnType<typeof cleanFeedLine>) =>
  'refused' in result ? [`refused:${result.refused.code}`] : result.notes.map((n) => `${n.field}:${n.code}`);

describe('the tolerant feed contract', () => {
  it('keeps an individual whose business object has a trading name and a null registration number', () => {
    const result = seller({
      created_at: '2025-01-05T08:00:00Z',
      status: 'active',
      entity_type: 'individual',
      business: { legal_name: 'Ann Crafts', registration_number: null },
      address: { line1: '1 High St', line2: '', city: 'London', country: 'GB' },
      legal_rep: { full_name: 'Ann Lee', date_of_birth: null },
    });
    expect(result).toEqual({
      record: {
        seller_id: 'S1',
        created_at: '2025-01-05T08:00:00Z',
        status: 'active',
        entity_type: 'individual',
        business: { legal_name: 'Ann Crafts' },
        address: { line1: '1 High St', city: 'London', country: 'GB' },
        legal_rep: { full_name: 'Ann Lee' },
      },
      notes: [],
    });
  });

  it('notes a present but unusable value, keeps it raw in the note and the field unknown', () => {
    const result = seller({
      entity_type: 'business',
      business: { legal_name: 'X Ltd', country: 'Narnia', registration_number: '123' },
      legal_rep: { full_name: 'Zhang Wei', date_of_birth: '1985-02-31' },
      contact: { phone: '+86 138 CALL ME' },
    });
    expect(codes(result)).toEqual([
      'business.country:UNKNOWN_COUNTRY',
      'legal_rep.date_of_birth:INVALID_DATE',
      'contact.phone:INVALID_PHONE',
    ]);
    if ('refused' in result) throw new Error('refused');
    expect(result.notes[1]).toEqual({
      field: 'legal_rep.date_of_birth',
      code: 'INVALID_DATE',
      raw: '1985-02-31',
    });
    expect(result.record.legal_rep.date_of_birth).toBeUndefined();
    expect(result.record.business?.country).toBeUndefined();
  });

  it('normalises the shapes real exports send', () => {
    const result = seller({
      created_at: '2025-01-05 16:00+08:00',
      status: 'Active',
      entity_type: 'BUSINESS',
      business: { registration_number: 91440300, country: 'china' },
      legal_rep: { date_of_birth: '1985-03-02T00:00:00Z', nationality: 'chn' },
      bank: { country: 'Hong Kong', account_number: 12345678 },
    });
    if ('refused' in result) throw new Error('refused');
    expect(result.notes).toEqual([]);
    expect(result.record).toMatchObject({
      created_at: '2025-01-05T08:00:00Z',
      status: 'active',
      entity_type: 'business',
      business: { registration_number: '91440300', country: 'CN' },
      legal_rep: { date_of_birth: '1985-03-02', nationality: 'CN' },
      bank: { country: 'HK', account_number: '12345678' },
    });
  });

  it('infers the entity type and notes a business without any registration number', () => {
    expect(codes(seller({ business: { legal_name: 'Ann Crafts' }, address: { country: 'GB' } }))).toEqual([
      'entity_type:ENTITY_TYPE_INFERRED',
    ]);
    expect(codes(seller({ entity_type: 'business', business: { country: 'CN' } }))).toEqual([
      'business.registration_number:MISSING_REGISTRATION_NUMBER',
    ]);
  });

  it('drops text the database cannot store, with a note, and keeps the neighbours', () => {
    const result = seller({
      entity_type: 'individual',
      address: { country: 'GB', city: 'Lon\u0000don' },
      store: { name: 'bad \ud800 half' },
      'odd\u0000key': 1,
    });
    expect(codes(result)).toEqual([
      'address.city:UNSTORABLE_TEXT',
      'store.name:UNSTORABLE_TEXT',
      'odd\\u0000key:UNSTORABLE_TEXT',
    ]);
    if ('refused' in result) throw new Error('refused');
    expect(result.notes[0]?.raw).toBe('Lon\\u0000don');
    expect(result.record.address).toEqual({ country: 'GB' });
  });

  it('keeps a long raw value storable when it cuts it', () => {
    const result = seller({ entity_type: 'individual', contact: { phone: `${'x'.repeat(198)}😀😀` } });
    if ('refused' in result) throw new Error('refused');
    const raw = result.notes.find((n) => n.field === 'contact.phone')?.raw ?? '';
    expect(raw.length).toBeLessThanOrEqual(200);
    expect(raw).toMatch(/^x{198}…$/);
  });

  it('reads a passed identity check with a null reason, and refuses an event without its time', () => {
    const check = cleanFeedLine('events', {
      seller_id: 'S1',
      type: 'identity_check',
      at: '2025-01-05T08:00Z',
      result: 'passed',
      reason: null,
    });
    expect(check).toEqual({
      record: { seller_id: 'S1', type: 'identity_check', at: '2025-01-05T08:00:00Z', result: 'passed' },
      notes: [],
    });
    expect(codes(cleanFeedLine('events', { seller_id: 'S1', type: 'login' }))).toEqual([
      'refused:MISSING_REQUIRED_FIELD',
    ]);
    expect(codes(cleanFeedLine('events', { seller_id: 'S1', type: 'teleport', at: '2025-01-05' }))).toEqual([
      'refused:UNKNOWN_EVENT_TYPE',
    ]);
  });

  it('reads sales figures written as strings and notes those beyond their column', () => {
    expect(
      cleanFeedLine('sales', {
        seller_id: 'S1',
        date: '2025-01-05T00:00:00Z',
        orders: ' 12 ',
        revenue: '99.5',
      }),
    ).toEqual({
      record: { seller_id: 'S1', date: '2025-01-05', orders: 12, revenue: 99.5 },
      notes: [],
    });
    expect(
      codes(
        cleanFeedLine('sales', {
          seller_id: 'S1',
          date: '2025-01-05',
          orders: '3000000000000',
          revenue: '-4',
        }),
      ),
    ).toEqual(['orders:NUMBER_OUT_OF_RANGE', 'revenue:NEGATIVE_NUMBER']);
    expect(codes(cleanFeedLine('sales', { seller_id: 'S1', date: '1700-01-05', orders: 1 }))).toEqual([
      'refused:INVALID_REQUIRED_FIELD',
    ]);
  });

  it('refuses what is not one object, or is nested past any real export, with a stable code', () => {
    expect(codes(cleanFeedLine('sellers', [{ seller_id: 'S1' }]))).toEqual(['refused:NOT_AN_OBJECT']);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) deep = { x: deep };
    expect(codes(cleanFeedLine('sellers', { seller_id: 'S1', deep }))).toEqual(['refused:NESTING_TOO_DEEP']);
    expect(codes(cleanFeedLine('sellers', { seller_id: '  ' }))).toEqual(['refused:MISSING_REQUIRED_FIELD']);
  });

  it('loads any JSON object with a valid seller_id (with notes) or refuses it with a stable code, never throws', () => {
    const kinds = ['sellers', 'events', 'sales', 'documents'] as const;
    const stable = [
      'NOT_AN_OBJECT',
      'NESTING_TOO_DEEP',
      'MISSING_REQUIRED_FIELD',
      'INVALID_REQUIRED_FIELD',
      'UNKNOWN_EVENT_TYPE',
      'VALIDATION_FAILED',
    ];
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', ' ', '\u0000', '\ud800', '1e400'),
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(anyText, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const knownField = fc.dictionary(
      fc.constantFrom(
        'type',
        'at',
        'date',
        'orders',
        'revenue',
        'status',
        'entity_type',
        'business',
        'legal_rep',
        'address',
        'contact',
        'ship_from',
        'result',
        'issued_on',
      ),
      value,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        knownField,
        fc.dictionary(anyText, value, { maxKeys: 3 }),
        (kind, known, other) => {
          const result = cleanFeedLine(kind, { ...other, ...known, seller_id: 'S1' });
          if ('refused' in result) expect(stable).toContain(result.refused.code);
          else {
            expect(result.record.seller_id).toBe('S1');
            // What is kept can be stored: no NUL or lone surrogate anywhere in it.
            expect(JSON.stringify(result.record)).not.toMatch(/\\u0000|\\ud[89ab]/);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
