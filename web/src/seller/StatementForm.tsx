import { type FormEvent, useId, useRef, useState } from 'react';
import type { RequirementView, StatementBody, StatementCheckView } from '../api/client';
import { useApi } from '../app/session';
import { Badge, ErrorNotice } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

type Entry = StatementBody['entries'][number];
type Relationship = Entry['relationship'];
type Shared = Entry['shared'][number];
/**
 * The values the API takes, in the order the form shows them. Typed by the generated API types:
 * a value the server adds or drops is a compile error here (every key, and no other).
 */
const RELATIONSHIP_ORDER: Record<Relationship, number> = {
  same_owner: 0,
  family_member: 1,
  business_partner: 2,
  employee: 3,
  service_provider: 4,
  former_owner: 5,
  other: 6,
};
const SHARED_ORDER: Record<Shared, number> = {
  device: 0,
  bank_account: 1,
  card: 2,
  address: 3,
  phone: 4,
  email: 5,
  legal_representative: 6,
  registration_number: 7,
  other: 8,
};
const inOrder = <K extends string>(order: Record<K, number>): K[] =>
  (Object.keys(order) as K[]).sort((x, y) => order[x] - order[y]);
const RELATIONSHIPS = inOrder(RELATIONSHIP_ORDER);
const SHARED = inOrder(SHARED_ORDER);
const blank = (): Entry => ({
  account: '',
  relationship: 'same_owner',
  controlled_by: '',
  shared: [],
  explanation: '',
});

/**
 * The relationship statement, one entry per linked account: "Check first" runs the checks without
 * storing; "Hand in" stores a new version. The checks' results come back in the seller's language.
 */
export function StatementForm({
  caseId,
  requirement,
  onHandedIn,
}: {
  caseId: string;
  requirement: RequirementView;
  onHandedIn(): void;
}) {
  const api = useApi();
  const { t, pick } = useI18n();
  const id = useId();
  // Each entry keeps its own key, so removing one does not move another's inputs.
  const nextKey = useRef(1);
  const [rows, setRows] = useState<{ key: number; entry: Entry }[]>([{ key: 0, entry: blank() }]);
  const entries = rows.map((row) => row.entry);
  const [checks, setChecks] = useState<StatementCheckView[]>();
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  const update = (i: number, change: Partial<Entry>) =>
    setRows(rows.map((row, j) => (j === i ? { ...row, entry: { ...row.entry, ...change } } : row)));
  const send = async (preflight: boolean) => {
    setIsBusy(true);
    setError(undefined);
    setStored(false);
    try {
      const result = await api.handInStatement(caseId, requirement.material, { entries }, preflight);
      setChecks(result.checks);
      if (!preflight) {
        setStored(true);
        onHandedIn();
      }
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  return (
    <form className="stack statement-form" onSubmit={submit} aria-label={t('st.title')}>
      <p className="muted">{t('st.intro')}</p>
      {rows.map(({ key, entry }, i) => (
        <fieldset key={key} className="stack">
          <legend>{t('st.entry', { n: i + 1 })}</legend>
          <div className="field">
            <label htmlFor={`${id}-${key}-account`}>{t('st.account')}</label>
            <input
              id={`${id}-${key}-account`}
              required
              maxLength={128}
              value={entry.account}
              onChange={(e) => update(i, { account: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-${key}-relationship`}>{t('st.relationship')}</label>
            <select
              id={`${id}-${key}-relationship`}
              value={entry.relationship}
              onChange={(e) => update(i, { relationship: e.target.value as Entry['relationship'] })}
            >
              {RELATIONSHIPS.map((r) => (
                <option key={r} value={r}>
                  {t(`st.rel.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-${key}-controlled`}>{t('st.controlledBy')}</label>
            <input
              id={`${id}-${key}-controlled`}
              required
              minLength={2}
              maxLength={200}
              value={entry.controlled_by}
              onChange={(e) => update(i, { controlled_by: e.target.value })}
            />
          </div>
          <fieldset className="choices">
            <legend>{t('st.shared')}</legend>
            {SHARED.map((s) => (
              <label key={s} className="choice">
                <input
                  type="checkbox"
                  checked={entry.shared.includes(s)}
                  onChange={(e) =>
                    update(i, {
                      shared: e.target.checked ? [...entry.shared, s] : entry.shared.filter((x) => x !== s),
                    })
                  }
                />{' '}
                {t(`st.shared.${s}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-${key}-explanation`}>{t('st.explanation')}</label>
            <textarea
              id={`${id}-${key}-explanation`}
              required
              rows={3}
              maxLength={4000}
              value={entry.explanation}
              onChange={(e) => update(i, { explanation: e.target.value })}
            />
          </div>
          {entries.length > 1 && (
            <button
              type="button"
              className="secondary"
              onClick={() => setRows(rows.filter((row) => row.key !== key))}
            >
              {t('st.remove')}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setRows([...rows, { key: nextKey.current++, entry: blank() }])}
      >
        {t('st.add')}
      </button>
      {checks && (
        <ul className="checks" aria-label={t('st.checks')}>
          {checks.map((c) => (
            <li key={c.code}>
              <Badge tone={c.status === 'pass' ? 'good' : c.status === 'warn' ? 'warn' : 'bad'}>
                {t(`st.status.${c.status}` as MessageKey)}
              </Badge>{' '}
              {pick(c.message)}
            </li>
          ))}
        </ul>
      )}
      {stored && (
        <p className="notice" role="status">
          {t('st.stored')}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={isBusy || entries.some((e) => e.shared.length === 0)}
          onClick={() => void send(true)}
        >
          {t('st.check')}
        </button>
        <button type="submit" disabled={isBusy || entries.some((e) => e.shared.length === 0)}>
          {isBusy ? t('st.busy') : t('st.handIn')}
        </button>
      </div>
    </form>
  );
}
