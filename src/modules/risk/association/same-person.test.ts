import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssociationSeller } from './association.types.js';
import { comparePeople, personOf, samePersonLink } from './same-person.js';

type Rep = NonNullable<AssociationSeller['legal_rep']>;
const person = (rep: Rep, line1 = '1 Main Street', line2?: string) =>
  personOf({
    seller_id: 'x',
    legal_rep: rep,
    address: { line1, line2, city: 'Sydney', postal_code: '2000', country: 'AU' },
  })!;
const rule = (a: ReturnType<typeof person>, b: ReturnType<typeof person>) => comparePeople(a, b).rule;

describe('comparePeople', () => {
  it('links a name in any script, order, case or with a typo plus the same date of birth', () => {
    const a = person({
      full_name: '王晓明',
      date_of_birth: '1985-03-02',
      id_type: 'national_id',
      id_number: '440305198503020012',
    });
    for (const name of ['WANG, Xiaoming', 'xiaoming wang', 'Wang Xiaomnig', 'Xiao Ming Wang']) {
      const b = person(
        { full_name: name, date_of_birth: '1985-03-02', id_type: 'passport', id_number: 'E12345678' },
        '9 Other Road',
      );
      expect(rule(a, b)).toBe('name_and_date_of_birth');
    }
  });

  it('links a name with the same ID number, even without a date of birth or with a short-word typo', () => {
    const a = person({ full_name: 'XIAO YANG', date_of_birth: '1987-05-31', id_number: 'E38596779' });
    expect(rule(a, person({ full_name: 'Xiao Yag', id_number: 'E38596779' }))).toBe('name_and_id_number');
  });

  it('links one ID number and date of birth whatever name is written next to them', () => {
    const a = person({ full_name: 'natalia green', date_of_birth: '19910111', id_number: '3131587' });
    expect(
      rule(a, person({ full_name: 'kylie dixon', date_of_birth: '19910111', id_number: '3131587' })),
    ).toBe('id_number_and_date_of_birth');
  });

  it('tolerates a typo in the date or ID number when name and address agree strongly', () => {
    const a = person(
      { full_name: 'nathan challenor', date_of_birth: '19600213', id_number: '2694239' },
      '1 wellington street',
      'kinross farm',
    );
    const b = person(
      { full_name: 'nathan challenor', date_of_birth: '19600113', id_number: '2692439' },
      '1 wellington street',
      'kinross farm',
    );
    expect(comparePeople(a, b)).toMatchObject({
      dateOfBirth: 'near',
      idNumber: 'near',
      rule: 'weighted_evidence',
    });
  });

  it('does not link a common name alone, with another date of birth and ID', () => {
    const a = person(
      { full_name: '张伟', date_of_birth: '1988-04-08', id_number: 'E78855327' },
      '5 Keyuan Road',
    );
    const b = person(
      { full_name: 'Zhang Wei', date_of_birth: '1989-04-14', id_number: 'E86924026' },
      '8 Hongfu Road',
    );
    expect(rule(a, b)).toBeUndefined();
  });

  it('does not link a common name whose date of birth is one digit off, without the address', () => {
    const a = person(
      { full_name: 'John Smith', date_of_birth: '1985-03-12', id_number: '534568291' },
      '5 Park Avenue',
    );
    const b = person(
      { full_name: 'John Smith', date_of_birth: '1985-03-13', id_number: '300789752' },
      '80 Main Street',
    );
    expect(rule(a, b)).toBeUndefined();
  });

  it('does not link one name at one address with other dates and IDs (a father and son)', () => {
    const a = person({ full_name: 'John Smith', date_of_birth: '1960-05-01', id_number: '534568291' });
    const b = person({ full_name: 'John Smith', date_of_birth: '1990-11-23', id_number: '300789752' });
    expect(comparePeople(a, b)).toMatchObject({ address: 'same_unit', rule: undefined });
  });

  it('does not link the same name and a near date of birth in two units of one building', () => {
    const a = person(
      { full_name: 'Li Jing', date_of_birth: '1996-05-02', id_number: 'E47082261' },
      '568 Lianqian West Road',
      'Room 3506',
    );
    const b = person(
      { full_name: '李静', date_of_birth: '1996-05-03', id_number: 'E02447025' },
      '568 Lianqian West Rd',
      'Rm 2919',
    );
    expect(comparePeople(a, b)).toMatchObject({ address: 'same_building', rule: undefined });
  });

  it('compares ID numbers only within one document type', () => {
    const a = person({ full_name: 'Huang Hao', id_type: 'passport', id_number: 'E44979108' });
    const b = person({ full_name: '黄浩', id_type: 'national_id', id_number: '31011519750328336X' });
    expect(comparePeople(a, b).idNumber).toBe('missing');
  });
});

describe('samePersonLink', () => {
  // Few words, dates, numbers and addresses, with typos and joined words, so that pairs often
  // share some of them: every rule and the shortcut for names that surely differ are reached.
  const word = fc.constantFrom(
    'john',
    'jhon',
    'johnny',
    'smith',
    'smiht',
    'li',
    'wei',
    'wen',
    'xiao',
    'ming',
    'xiaoming',
    'müller',
    'mueller',
    'anna',
    'hannah',
    'christopher',
    'christophre',
  );
  const rep = fc.record({
    full_name: fc.array(word, { minLength: 0, maxLength: 4 }).map((words) => words.join(' ')),
    date_of_birth: fc.option(fc.constantFrom('1985-03-02', '1985-03-03', '1985-02-03', '1990-11-30'), {
      nil: undefined,
    }),
    id_type: fc.option(fc.constantFrom('passport', 'national_id'), { nil: undefined }),
    id_number: fc.option(fc.constantFrom('E12345678', 'E12345679', 'E98765432', '3131587'), {
      nil: undefined,
    }),
  });
  const address = fc.constantFrom<[string, string | undefined]>(
    ['1 Main Street', 'Unit 4'],
    ['1 Main St', 'Unit 4'],
    ['1 Main Street', 'Unit 9'],
    ['7 Other Road', undefined],
  );
  const someone = fc.tuple(rep, address).map(([r, [line1, line2]]) => person(r, line1, line2));

  it('gives the comparison exactly when comparePeople finds a rule', () => {
    fc.assert(
      fc.property(someone, someone, (a, b) => {
        if (!a || !b) return;
        const full = comparePeople(a, b);
        expect(samePersonLink(a, b)).toEqual(full.rule ? full : undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('links different names on a near ID number, the same date and the same unit', () => {
    const a = person(
      { full_name: 'kylie dixon', date_of_birth: '1991-01-11', id_number: 'E12345678' },
      '1 Main Street',
      'Unit 4',
    );
    const b = person(
      { full_name: 'natalia green', date_of_birth: '1991-01-11', id_number: 'E12345679' },
      '1 Main Street',
      'Unit 4',
    );
    expect(samePersonLink(a, b)?.rule).toBe('weighted_evidence');
  });
});
