import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AddressInput, compareAddresses, normaliseAddress } from './address.js';

const unitKey = (address: AddressInput) => normaliseAddress(address).unitKey;
const agreement = (a: AddressInput, b: AddressInput) =>
  compareAddresses(normaliseAddress(a), normaliseAddress(b));

describe('normaliseAddress', () => {
  it('gives one unit key for every writing of one Chinese office', () => {
    const base = { city: 'Shenzhen', postal_code: '518057', country: 'CN' };
    const key = unitKey({ ...base, line1: 'No. 18 Keyuan Road', line2: 'Room 1203' });
    expect(key).toBe('CN|shenzhen|18|keyuanroad|u:1203');
    for (const [line1, line2] of [
      ['18 Keyuan Rd', 'Rm 1203, Tianan Cyber Park'],
      ['Keyuan Rd. No. 18', 'Tianan Cyber Park, Unit 1203'],
      ['No.18, Keyuan Road', 'Room No. 1203'],
    ])
      expect(unitKey({ ...base, line1: line1!, line2 })).toBe(key);
    expect(
      unitKey({ line1: '南山区科苑路18号', line2: '天安数码城1203室', city: '深圳市', country: 'CN' }),
    ).toBe(key);
  });

  it('reads suites, flats, floors and offices in several languages', () => {
    const us = { city: 'Los Angeles', country: 'US' };
    expect(unitKey({ ...us, line1: '2653 Elm St', line2: '# 3992' })).toBe(
      unitKey({ ...us, line1: '2653 Elm Street', line2: 'Ste. 3992' }),
    );
    const hk = { city: 'Kowloon', country: 'HK' };
    expect(normaliseAddress({ ...hk, line1: '61 How Ming St', line2: 'Flat C, 14/F.' }).unit).toBe(
      'f:14 u:c',
    );
    expect(unitKey({ ...hk, line1: '61 How Ming St', line2: 'Industrial Centre, Flat C, 14/F.' })).toBe(
      unitKey({ ...hk, line1: '61 How Ming Street', line2: 'Rm C, Floor 14, Industrial Centre' }),
    );
    const de = { city: 'Berlin', country: 'DE' };
    expect(unitKey({ ...de, line1: 'Münchner Str. 124', line2: 'Büro 284' })).toBe(
      unitKey({ ...de, line1: 'Münchnerstraße 124', line2: 'Wohnung 284' }),
    );
    const es = { city: 'Valencia', country: 'ES' };
    expect(unitKey({ ...es, line1: 'C/ de Alcalá 154', line2: 'Oficina 166' })).toBe(
      unitKey({ ...es, line1: 'Calle Alcalá, 154', line2: 'Local 166' }),
    );
  });

  it('splits the building from the unit', () => {
    const a = normaliseAddress({
      line1: '20-22 Wenlock Rd.',
      line2: 'Suite 345',
      city: 'London',
      country: 'GB',
    });
    const b = normaliseAddress({
      line1: '20-22 Wenlock Road',
      line2: 'Unit 415',
      city: 'London',
      country: 'GB',
    });
    expect(a.buildingKey).toBe(b.buildingKey);
    expect(a.unitKey).not.toBe(b.unitKey);
    expect(compareAddresses(a, b)).toBe('same_building');
  });

  it('gives one key whatever the case, dots and street-type abbreviation', () => {
    const street = fc.constantFrom('Keyuan', 'Lianqian West', 'Elm', 'Grand');
    const type = fc.constantFrom(
      ['Road', 'Rd', 'Rd.', 'ROAD'],
      ['Street', 'St', 'St.'],
      ['Avenue', 'Ave', 'Ave.'],
    );
    fc.assert(
      fc.property(
        street,
        type,
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 4000 }),
        (name, forms, n, unit) => {
          const keys = forms.map((form, i) =>
            unitKey({
              line1: i % 2 ? `No. ${n} ${name.toUpperCase()} ${form}` : `${n} ${name} ${form}`,
              line2: i % 2 ? `Rm. ${unit}` : `Room ${unit}`,
              city: 'Xiamen',
              country: 'CN',
            }),
          );
          expect(new Set(keys).size).toBe(1);
        },
      ),
    );
  });
});

describe('normaliseAddress written back', () => {
  it('gives the same keys when its own parts are written as an address again', () => {
    const address = fc.record({
      number: fc.integer({ min: 1, max: 999 }),
      street: fc.constantFrom(
        'Keyuan Rd',
        'Lianqian West Road',
        'C/ de Alcalá',
        'Münchner Str.',
        'N Orange St',
        'Rue de Rivoli',
      ),
      unit: fc.constantFrom('Room 1203', 'Flat C, 14/F', 'Ste. 7719', '# 12', 'Büro 284', ''),
      city: fc.constantFrom('Shenzhen', 'Valencia', 'Wilmington'),
    });
    fc.assert(
      fc.property(address, ({ number, street, unit, city }) => {
        const first = normaliseAddress({ line1: `${number} ${street}`, line2: unit, city, country: 'XX' });
        const words = first.unit
          .split(' ')
          .filter(Boolean)
          .map(
            (part) =>
              `${part.startsWith('f:') ? 'Floor' : part.startsWith('b:') ? 'Block' : 'Unit'} ${part.slice(2)}`,
          );
        const again = normaliseAddress({
          line1: `${first.number} ${first.street}`,
          line2: words.join(', '),
          city,
          country: 'XX',
        });
        expect(again.unitKey).toBe(first.unitKey);
        expect(again.buildingKey).toBe(first.buildingKey);
      }),
    );
  });
});

describe('compareAddresses', () => {
  it('tolerates typos and swapped lines, and says missing when there is no street', () => {
    const au = { city: 'marsden', postal_code: '3165', country: 'AU' };
    expect(
      agreement(
        { ...au, line1: '177 pridham street', line2: 'milton' },
        { ...au, line1: '177 pridhamstreet', line2: 'milton' },
      ),
    ).toBe('same_unit');
    expect(
      agreement(
        { ...au, line1: '177 pridham tstreet', line2: 'miltoh' },
        { ...au, line1: '177 pridham street', line2: 'milton' },
      ),
    ).toBe('strong');
    expect(
      agreement(
        { ...au, line1: '15 lubuma place', line2: 'merewether school' },
        { ...au, line1: '15 merewether school', line2: 'lubuma place' },
      ),
    ).toBe('strong');
    expect(agreement({ ...au, line1: '' }, { ...au, line1: '1 main street' })).toBe('missing');
  });

  it('does not mistake another street in the same plaza for the same address', () => {
    const dg = { line2: 'Wanda Plaza', city: 'Dongguan', postal_code: '523125', country: 'CN' };
    expect(agreement({ ...dg, line1: 'No.600, Dongcheng Rd' }, { ...dg, line1: 'No.44, Dongzong Rd.' })).toBe(
      'weak',
    );
  });
});
