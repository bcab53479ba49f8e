import type { CheckItem } from '../api/client';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Badge } from './common';

const FIELD_KEYS: Record<string, MessageKey> = {
  legal_name: 'fieldName.legal_name',
  address: 'fieldName.address',
  registration_number: 'fieldName.registration_number',
  legal_rep_name: 'fieldName.legal_rep_name',
  date_of_birth: 'fieldName.date_of_birth',
  id_number: 'fieldName.id_number',
};

/** The name of a registered field a consistency check looked for. */
export function useFieldLabel() {
  const { t } = useI18n();
  return (field: string) => {
    const key = FIELD_KEYS[field];
    return key ? t(key) : field.replaceAll('_', ' ');
  };
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** What the document says beside what the account says, for the checks that compare the two. */
function Comparison({ check, audience }: { check: CheckItem; audience: 'seller' | 'staff' }) {
  const { t, formatNumber } = useI18n();
  const fieldLabel = useFieldLabel();
  const e = check.evidence;
  const account = audience === 'seller' ? t('check.inAccount') : t('check.inAccountStaff');
  let rows: [string, string | undefined][] = [];
  if (check.code === 'FIELD_FOUND' || check.code === 'FIELD_NOT_FOUND')
    rows = [
      [t('check.field'), str(e.field) && fieldLabel(String(e.field))],
      [t('check.onDocument'), str(e.matched) ?? t('check.nothingClose')],
      [account, str(e.expected)],
    ];
  else if (check.code.startsWith('BILL_ADDRESS'))
    rows = [
      [t('check.onDocument'), str(e.matched) ?? t('check.nothingClose')],
      [account, str(e.registered)],
    ];
  else if (check.code.startsWith('ID_NAME'))
    rows = [
      [t('check.idName'), str(e.idName)],
      [t('check.representative'), str(e.representative)],
    ];
  else if (str(e.issued) || str(e.expiry))
    rows = [
      [t('check.issued'), str(e.issued)],
      [t('check.expires'), str(e.expiry)],
    ];
  else if (check.code === 'REQUIREMENT_NOT_PROVIDED' || check.code === 'ID_SIDE_MISSING')
    rows = [[t('check.missing'), str(e.material) ?? str(e.missing)]];
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  const similarity =
    typeof e.similarity === 'number' && check.group === 'consistency' ? e.similarity : undefined;
  if (shown.length === 0 && similarity === undefined) return null;
  return (
    <dl className="comparison">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {similarity !== undefined && (
        <div>
          <dt>{t('check.similarity')}</dt>
          <dd>{formatNumber(similarity, { style: 'percent' })}</dd>
        </div>
      )}
    </dl>
  );
}

function Evidence({ evidence }: { evidence: Record<string, unknown> }) {
  const { t } = useI18n();
  const entries = Object.entries(evidence);
  if (entries.length === 0) return null;
  return (
    <details className="evidence">
      <summary>{t('check.details')}</summary>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Checks carry no id; what they are about tells two of one code apart. */
const keyOf = (check: CheckItem, i: number) =>
  `${check.group}:${check.code}:${String(check.evidence.file ?? check.evidence.field ?? check.evidence.material ?? i)}`;

const TONE = { fail: 'bad', warn: 'warn', pass: 'good' } as const;

function CheckRow({ check, audience }: { check: CheckItem; audience: 'seller' | 'staff' }) {
  const { t, pick, label } = useI18n();
  return (
    <li className={`check check-${check.status}`}>
      <div className="check-head">
        <Badge tone={TONE[check.status]}>{t(`verdict.${check.status}`)}</Badge>
        <span className="check-group">{label('group', check.group)}</span>
        <code className="check-code">{check.code}</code>
      </div>
      <p className="check-message">{pick(check.message)}</p>
      <Comparison check={check} audience={audience} />
      <Evidence evidence={check.evidence} />
    </li>
  );
}

/** Checks with the failures first, then warnings; passed checks folded away. */
export function CheckList({
  checks,
  audience = 'seller',
}: {
  checks: readonly CheckItem[];
  audience?: 'seller' | 'staff';
}) {
  const { t } = useI18n();
  const failed = checks.filter((c) => c.status === 'fail');
  const warned = checks.filter((c) => c.status === 'warn');
  const passed = checks.filter((c) => c.status === 'pass');
  return (
    <div className="checks">
      {failed.length + warned.length > 0 && (
        <ul className="check-list">
          {[...failed, ...warned].map((check, i) => (
            <CheckRow key={keyOf(check, i)} check={check} audience={audience} />
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details className="passed">
          <summary>{t('doc.passed', { count: passed.length })}</summary>
          <ul className="check-list">
            {passed.map((check, i) => (
              <CheckRow key={keyOf(check, i)} check={check} audience={audience} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
