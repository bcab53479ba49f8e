import { describe, expect, it } from 'vitest';
import {
  checkAllPages,
  checkRequirementsCovered,
  checkSides,
  type PageMarker,
} from './completeness.check.js';
import { registeredCodes } from './registry.js';

// Completeness on what the readers found, at the edges the text-based tests do not reach: pages
// with no side read, a majority page total, and the ways a document answers a requirement.

const marker = (file: string, filePage: number, page: number, total: number): PageMarker => ({
  file,
  filePage,
  page,
  total,
  text: `Page ${page} of ${total}`,
});

describe('ID sides', () => {
  it('counts a file with no side read as one page of unknown side', () => {
    const [item] = checkSides({
      type: 'government_id',
      files: [
        { name: 'a.jpg', sha256: 'a', sides: [] },
        { name: 'b.jpg', sha256: 'b', sides: ['front'] },
      ],
    });
    expect(item).toMatchObject({
      code: 'ID_SIDES_PROVIDED',
      evidence: {
        pages: 2,
        sides: [
          { file: 'a.jpg', page: 1, side: 'unknown' },
          { file: 'b.jpg', page: 1, side: 'front' },
        ],
      },
    });
  });

  it('says how it knew a passport, and which side is missing when neither was read', () => {
    const passport = checkSides({
      type: 'government_id',
      files: [{ name: 'p.jpg', sha256: 'p', sides: ['passport', 'unknown'] }],
    });
    expect(passport[0]).toMatchObject({
      group: 'completeness',
      code: 'ID_SIDES_PROVIDED',
      status: 'pass',
      evidence: { passport: 'content' },
    });
    const named = (sides: ('front' | 'both' | 'unknown')[]) =>
      checkSides({
        type: 'government_id',
        variant: 'passport',
        files: [{ name: 'v.jpg', sha256: 'v', sides }],
      })[0];
    expect(named(['unknown'])).toMatchObject({
      group: 'completeness',
      status: 'pass',
      evidence: { passport: 'variant' },
    });
    expect(named(['front'])).toMatchObject({ code: 'ID_SIDE_MISSING', evidence: { missing: 'back' } });
    expect(named(['both'])).toMatchObject({ code: 'ID_SIDES_PROVIDED', status: 'pass' });
    expect(named(['both'])?.evidence).not.toHaveProperty('passport');
    const twoPages = checkSides({
      type: 'government_id',
      files: [{ name: 't.pdf', sha256: 't', sides: ['unknown', 'unknown'] }],
    });
    expect(twoPages[0]).toMatchObject({ code: 'ID_SIDES_PROVIDED', status: 'pass' });
    const card = checkSides({
      type: 'government_id',
      variant: 'passport',
      files: [{ name: 'c.jpg', sha256: 'c', sides: ['back'] }],
    });
    expect(card[0]).toMatchObject({ code: 'ID_SIDE_MISSING', evidence: { missing: 'front' } });
    expect(card[0]?.evidence).not.toHaveProperty('passport');
    const unknown = checkSides({
      type: 'government_id',
      files: [{ name: 'u.jpg', sha256: 'u', sides: ['unknown'] }],
    });
    expect(unknown[0]).toMatchObject({ code: 'ID_SIDE_MISSING', evidence: { missing: 'front_or_back' } });
  });
});

describe('numbered pages', () => {
  it('takes the total most pages print, lists the pages found in order, and keeps the other totals', () => {
    const check = checkAllPages(4, [
      marker('s.pdf', 1, 3, 3),
      marker('s.pdf', 2, 1, 3),
      marker('s.pdf', 3, 2, 5),
      marker('s.pdf', 4, 1, 3),
    ]);
    expect(check).toMatchObject({
      code: 'PAGES_MISSING',
      status: 'fail',
      evidence: { total: 3, found: [1, 3], missing: [2], other_totals: [5] },
    });
    expect(check.message.en).toBe('Pages missing: 2 (of 3). Upload every page of the document.');
    expect(check.evidence.markers).toEqual([
      { file: 's.pdf', page: 1, text: 'Page 3 of 3' },
      { file: 's.pdf', page: 2, text: 'Page 1 of 3' },
      { file: 's.pdf', page: 3, text: 'Page 2 of 5' },
      { file: 's.pdf', page: 4, text: 'Page 1 of 3' },
    ]);
  });

  it('fails when every page came but more numbers are not found than pages without a number read', () => {
    // Page 1 sent twice, page 2 never: three pages, every one numbered, 2 of 3 not found.
    const check = checkAllPages(3, [
      marker('a.jpg', 1, 1, 3),
      marker('b.jpg', 1, 1, 3),
      marker('c.jpg', 1, 3, 3),
    ]);
    expect(check).toMatchObject({
      code: 'PAGES_MISSING',
      status: 'fail',
      evidence: { missing: [2], pages: 3 },
    });
    // Four pages, two numbers not found, one page unread: still a fail.
    const two = checkAllPages(4, [
      marker('s.pdf', 1, 1, 4),
      marker('s.pdf', 2, 1, 4),
      marker('s.pdf', 3, 4, 4),
    ]);
    expect(two).toMatchObject({ code: 'PAGES_MISSING', evidence: { missing: [2, 3] } });
    // Two pages unread of four, two numbers not found: a warning naming both.
    const warned = checkAllPages(4, [marker('s.pdf', 1, 1, 4), marker('s.pdf', 4, 4, 4)]);
    expect(warned).toMatchObject({
      code: 'PAGES_NUMBER_UNREAD',
      status: 'warn',
      evidence: { missing: [2, 3], unread_pages: 2 },
    });
    expect(warned.message.en).toContain('number 2, 3 (of 4)');
  });

  it('passes a complete set with no other totals, and says when nothing was numbered', () => {
    const complete = checkAllPages(2, [marker('s.pdf', 2, 2, 2), marker('s.pdf', 1, 1, 2)]);
    expect(complete).toMatchObject({ code: 'PAGES_COMPLETE', evidence: { found: [1, 2], missing: [] } });
    expect(complete.evidence).not.toHaveProperty('other_totals');
    expect(checkAllPages(3, [])).toMatchObject({
      code: 'PAGES_NOT_NUMBERED',
      evidence: { pages: 3, markers: 0 },
    });
  });
});

describe('requirements covered', () => {
  const proof = {
    material: 'proof_of_address',
    kind: 'document',
    accepted_variants: ['utility_bill', 'bank_statement'],
  };

  it('counts a document sent for the requirement, of its type, or of an accepted variant, and names what came', () => {
    const covered = (provided: Parameters<typeof checkRequirementsCovered>[1]) =>
      checkRequirementsCovered([proof], provided)[0];
    expect(covered([{ material: 'proof_of_address', type: 'other' }])).toMatchObject({
      code: 'REQUIREMENT_PROVIDED',
      evidence: { provided: ['other'] },
    });
    expect(covered([{ type: 'other', variant: 'bank_statement' }])).toMatchObject({
      code: 'REQUIREMENT_PROVIDED',
      evidence: { provided: ['bank_statement'] },
    });
    expect(covered([{ type: 'utility_bill' }])?.evidence.provided).toEqual(['utility_bill']);
    const none = covered([{ type: 'other' }, { type: 'other', variant: 'passport' }]);
    expect(none).toMatchObject({
      code: 'REQUIREMENT_NOT_PROVIDED',
      status: 'fail',
      evidence: {
        material: 'proof_of_address',
        accepted_variants: ['utility_bill', 'bank_statement'],
        provided: [],
      },
    });
    expect(none?.message.en).toBe(
      'No document was provided for "proof of address". Upload one of: utility bill or bank statement.',
    );
  });

  it('leaves statements and live checks to their own flows', () => {
    expect(checkRequirementsCovered([{ ...proof, kind: 'statement' }], [])).toEqual([]);
  });

  it('registers the codes of the completeness check', () => {
    expect(
      registeredCodes()
        .filter((entry) => entry.check === 'completeness')
        .map((entry) => entry.code),
    ).toEqual([
      'ID_SIDES_PROVIDED',
      'ID_SIDE_MISSING',
      'PAGES_COMPLETE',
      'PAGES_MISSING',
      'PAGES_NUMBER_UNREAD',
      'PAGES_NOT_NUMBERED',
    ]);
  });
});
