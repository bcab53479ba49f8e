import type { MessageKey } from '../i18n/en';
import type { I18n } from '../i18n/i18n';

const RULE_KEYS: Record<string, MessageKey> = {
  issued_within_days: 'rule.issued_within_days',
  unexpired: 'rule.unexpired',
  all_pages: 'rule.all_pages',
  all_sides: 'rule.all_sides',
  colour: 'rule.colour',
  not_screenshot: 'rule.not_screenshot',
  max_bytes: 'rule.max_bytes',
  formats: 'rule.formats',
  must_show: 'rule.must_show',
  covers_finding_period: 'rule.covers_finding_period',
};

const FIELD_KEYS: Record<string, MessageKey> = {
  registered_name: 'field.registered_name',
  registered_address: 'field.registered_address',
  registration_number: 'field.registration_number',
  legal_rep_name: 'field.legal_rep_name',
  date_of_birth: 'field.date_of_birth',
  id_number: 'field.id_number',
  linked_accounts: 'field.linked_accounts',
};

/** A requirement's rules as sentences a seller reads; a rule set to false says nothing. */
export function describeRules(rules: Record<string, unknown>, i18n: I18n): string[] {
  const { t, formatList, formatOr } = i18n;
  const lines: string[] = [];
  for (const [name, value] of Object.entries(rules)) {
    if (value === false || value === undefined || value === null) continue;
    const key = RULE_KEYS[name];
    if (!key) {
      lines.push(`${name.replaceAll('_', ' ')}: ${JSON.stringify(value)}`);
      continue;
    }
    if (name === 'max_bytes' && typeof value === 'number')
      lines.push(t(key, { value: Math.round(value / 1024 / 1024) }));
    else if (name === 'formats' && Array.isArray(value))
      lines.push(t(key, { value: formatOr(value.map((f) => String(f).toUpperCase())) }));
    else if (name === 'must_show' && Array.isArray(value))
      lines.push(
        t(key, {
          value: formatList(
            value.map((f) => (FIELD_KEYS[String(f)] ? t(FIELD_KEYS[String(f)]!) : String(f))),
          ),
        }),
      );
    else lines.push(t(key, { value: String(value) }));
  }
  return lines;
}
