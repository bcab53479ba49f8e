import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, mrzDate } from '../calendar.js';
import { findDates } from './dates.js';

const dates = (text: string, country?: string) => findDates(text, country).map((d) => d.date);

describe('findDates', () => {
  it('reads the usual printed forms', () => {
    expect(dates('2026-10-12')).toEqual(['2026-10-12']);
    expect(dates('12 Oct 2026')).toEqual(['2026-10-12']);
    expect(dates('12th October, 2026')).toEqual(['2026-10-12']);
    expect(dates('October 12, 2026')).toEqual(['2026-10-12']);
    expect(dates('Sept. 3 2026')).toEqual(['2026-09-03']);
    expect(dates('2026年10月12日')).toEqual(['2026-10-12']);
    expect(dates('2026 年 1 月 2 日')).toEqual(['2026-01-02']);
    expect(dates('12.10.2026')).toEqual(['2026-10-12']);
    expect(dates('12 OCT /OCT 2026')).toEqual(['2026-10-12']);
  });

  it('reads 10/12/2026 month-first in the US and day-first elsewhere', () => {
    expect(dates('10/12/2026', 'US')).toEqual(['2026-10-12']);
    expect(dates('10/12/2026', 'GB')).toEqual(['2026-12-10']);
    expect(dates('10/12/2026')).toEqual(['2026-12-10']);
    // Unambiguous either way.
    expect(dates('25/12/2026', 'US')).toEqual(['2026-12-25']);
    expect(dates('12/25/2026', 'GB')).toEqual(['2026-12-25']);
  });

  it('ignores impossible dates and numbers that only look like dates', () => {
    expect(dates('2026-02-30, 31/04/2026, 99/99/2026')).toEqual([]);
    expect(dates('Account 12345678 Sort code 20-00-00 Market Street 2026')).toEqual([]);
  });

  it('labels dates by the words before them, in English and Chinese', () => {
    const found = findDates(
      [
        'Date of issue: 05 Mar 2019',
        'Date of expiry: 04 Mar 2029',
        '签发日期 2019年3月5日  有效期至 2029年3月4日',
        'Statement date 15/09/2026',
        'Payment due 10/10/2026',
        'Date of birth 02.03.1985',
        '成立日期 2015年03月02日',
        'Printed 01/01/2026',
      ].join('\n'),
    );
    expect(found.map((d) => [d.label, d.date])).toEqual([
      ['issue', '2019-03-05'],
      ['expiry', '2029-03-04'],
      ['issue', '2019-03-05'],
      ['expiry', '2029-03-04'],
      ['statement', '2026-09-15'],
      ['due', '2026-10-10'],
      ['birth', '1985-03-02'],
      ['established', '2015-03-02'],
      [undefined, '2026-01-01'],
    ]);
  });

  it('labels a date whose label OCR read without its spaces (PP-OCR: `Billdate:`)', () => {
    const found = findDates(
      [
        'Billdate:2026年08月30日',
        'Billingperiod:2026年07月28日-2026年08月28日',
        'Paymentdue:2026年09月13日',
      ].join('\n'),
    );
    expect(found.map((d) => [d.label, d.date])).toEqual([
      ['statement', '2026-08-30'],
      ['period_start', '2026-07-28'],
      ['period_end', '2026-08-28'],
      ['due', '2026-09-13'],
    ]);
  });

  it('splits a validity range into its start and its expiry', () => {
    const found = findDates('有效期限 2016.01.01-2036.01.01\nStatement period: 1 Aug 2026 to 31 Aug 2026');
    expect(found.map((d) => d.label)).toEqual(['valid_from', 'expiry', 'period_start', 'period_end']);
  });

  it('reads a dotted date one of whose dots OCR read as a comma, and no list of numbers', () => {
    const found = findDates('有效期限 2023,.11.21-2043.11,20');
    expect(found.map((d) => [d.label, d.date])).toEqual([
      ['valid_from', '2023-11-21'],
      ['expiry', '2043-11-20'],
    ]);
    expect(dates('2023,11,21 and 1,2023,11.2 and 2023,13.01 and 2023,11.21,5 and 2023,,11.2')).toEqual([]);
  });

  it('gives the labels of a line to the dates under them', () => {
    const found = findDates(
      'Date of birth    Date of issue    Date of expiry\n12 AUG 1974   16 APR 2012   15 APR 2022',
    );
    expect(found.map((d) => [d.label, d.date])).toEqual([
      ['birth', '1974-08-12'],
      ['issue', '2012-04-16'],
      ['expiry', '2022-04-15'],
    ]);
  });

  it('reads back any date printed in any supported form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 4 }),
        (when, form) => {
          const isoDate = when.toISOString().slice(0, 10);
          const [y, m, d] = isoDate.split('-');
          const month = when.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
          const printed = [
            isoDate,
            `${d}/${m}/${y}`,
            `${Number(d)} ${month} ${y}`,
            `${y}年${Number(m)}月${Number(d)}日`,
            `${d}.${m}.${y}`,
          ][form]!;
          expect(dates(`Issued: ${printed}.`)).toEqual([isoDate]);
        },
      ),
    );
  });
});

describe('date arithmetic', () => {
  it('counts days and reads MRZ dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(addDays('2026-03-01', -59)).toBe('2026-01-01');
    expect(mrzDate('740812', 'birth', '2026-01-01')).toBe('1974-08-12');
    expect(mrzDate('120415', 'expiry', '2026-01-01')).toBe('2012-04-15');
    expect(mrzDate('051231', 'birth', '2026-01-01')).toBe('2005-12-31');
    expect(mrzDate('991331', 'expiry', '2026-01-01')).toBeUndefined();
  });
});
