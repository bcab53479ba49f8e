import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { describeRules } from './rules';

describe('describeRules', () => {
  it('says each rule in plain words, in either language, and skips rules set to false', () => {
    const rules = {
      issued_within_days: 90,
      must_show: ['registered_name', 'registered_address'],
      max_bytes: 10485760,
      formats: ['pdf', 'jpeg'],
      colour: false,
    };
    expect(describeRules(rules, createI18n('en'))).toEqual([
      'Issued within the last 90 days',
      'Must show: the registered name and the registered address',
      'At most 10 MB per file',
      'As PDF or JPEG',
    ]);
    expect(describeRules(rules, createI18n('zh'))[0]).toBe('近 90 天内签发');
  });
});
