import { type FormEvent, useId, useState } from 'react';
import type { AppealPlan, CaseView, DecisionView, StatementCheckView } from '../api/client';
import { useApi } from '../app/session';
import { Badge, ErrorNotice, Section } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { useCaseMutation } from '../review/useCaseMutation';

/**
 * Each part of the plan: at least 20 characters (the default policy's rule; the server checks the
 * case's own policy, and its language rule, in "Check my plan first" and on sending).
 */
const APPEAL_MIN = 20;
const PARTS = [
  ['root_cause', 'appeal.rootCause'],
  ['what_was_fixed', 'appeal.fixed'],
  ['how_prevented', 'appeal.prevented'],
] as const;
type Part = (typeof PARTS)[number][0];

/** Whether the seller may appeal now: the server says so in `allowed_actions` (window open, an appeal left). */
export const canAppeal = (c: CaseView): boolean => c.allowed_actions.includes('appeal');

/** The decisions that took effect, newest first, with the reasons in the seller's language. */
export function SellerDecisions({ decisions }: { decisions: DecisionView[] }) {
  const { t, pick, label, formatDate } = useI18n();
  if (decisions.length === 0) return null;
  const newest = [...decisions].sort((a, b) => (b.decided_at ?? '').localeCompare(a.decided_at ?? ''));
  return (
    <Section title={t('appeal.decisionTitle')} id="decision">
      {newest.map((d) => (
        <div key={d.id} className="stack decision" data-testid="decision">
          <p>
            <strong>
              {t('appeal.decidedOn', {
                date: d.decided_at ? formatDate(d.decided_at) : '',
                decision: label('decision', d.decision),
              })}
            </strong>
          </p>
          <ul>
            {d.reasons.map((r) => (
              <li key={r.code}>{pick(r.text)}</li>
            ))}
          </ul>
          {d.requirements.length > 0 && (
            <p className="muted">
              {t('appeal.asked', {
                materials: d.requirements.map((r) => label('variant', r.material)).join(', '),
              })}
            </p>
          )}
        </div>
      ))}
    </Section>
  );
}

/** After a rejection: the window and appeals left, and the plan of action (three parts). */
export function AppealPanel({
  caseView,
  onAppealed,
}: {
  caseView: CaseView;
  onAppealed(next: CaseView): void;
}) {
  const api = useApi();
  const { t, pick, formatDateTime } = useI18n();
  const base = useId();
  const [plan, setPlan] = useState<Record<Part, string>>({
    root_cause: '',
    what_was_fixed: '',
    how_prevented: '',
  });
  const [sent, setSent] = useState(false);
  const [checks, setChecks] = useState<StatementCheckView[]>();
  const [checkError, setCheckError] = useState<Error>();
  const [checking, setChecking] = useState(false);
  const appeal = useCaseMutation(
    caseView.id,
    (body: AppealPlan) => api.appeal(caseView.id, body),
    (next) => {
      setSent(true);
      onAppealed(next);
    },
  );
  const { error, isPending: isBusy } = appeal;
  if (caseView.status === 'appealed' || sent)
    return (
      <Section title={t('appeal.title')} id="appeal">
        <p className="notice notice-good" role="status">
          {sent ? t('appeal.sent') : t('appeal.waiting')}
        </p>
      </Section>
    );
  if (caseView.status !== 'rejected') return null;
  const ready = PARTS.every(([part]) => plan[part].trim().length >= APPEAL_MIN);
  const body = (): AppealPlan => ({
    root_cause: plan.root_cause.trim(),
    what_was_fixed: plan.what_was_fixed.trim(),
    how_prevented: plan.how_prevented.trim(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    appeal.mutate(body());
  };
  const check = async () => {
    setChecking(true);
    setCheckError(undefined);
    try {
      setChecks((await api.checkAppeal(caseView.id, body())).checks);
    } catch (caught) {
      setCheckError(caught as Error);
    } finally {
      setChecking(false);
    }
  };
  return (
    <Section title={t('appeal.title')} id="appeal">
      {caseView.appeals_left <= 0 ? (
        <p>{t('appeal.noneLeft')}</p>
      ) : !canAppeal(caseView) ? (
        <p>{t('appeal.closed')}</p>
      ) : (
        <form className="stack appeal-form" onSubmit={submit}>
          <p className="notice notice-warn" data-testid="appeal-window">
            {t('appeal.window', {
              date: caseView.appeal_window_ends_at ? formatDateTime(caseView.appeal_window_ends_at) : '—',
              left: caseView.appeals_left,
            })}
          </p>
          <p className="muted">{t('appeal.intro')}</p>
          <p className="muted small">{t('appeal.language')}</p>
          {PARTS.map(([part, key]) => {
            const length = plan[part].trim().length;
            return (
              <div className="field" key={part}>
                <label htmlFor={`${base}-${part}`}>{t(key)}</label>
                <textarea
                  id={`${base}-${part}`}
                  rows={3}
                  maxLength={4000}
                  required
                  aria-describedby={`${base}-${part}-hint`}
                  value={plan[part]}
                  onChange={(e) => setPlan({ ...plan, [part]: e.target.value })}
                />
                <span id={`${base}-${part}-hint`} className={length < APPEAL_MIN ? 'muted small' : 'small'}>
                  {t('appeal.min', { n: APPEAL_MIN, count: length })}
                </span>
              </div>
            );
          })}
          {checks && (
            <ul className="checks" aria-label={t('appeal.checks')}>
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
          {checkError && <ErrorNotice error={checkError} />}
          {error && <ErrorNotice error={error} />}
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={checking || !ready}
              onClick={() => void check()}
            >
              {t('appeal.check')}
            </button>
            <button type="submit" disabled={isBusy || !ready}>
              {isBusy ? t('appeal.busy') : t('appeal.submit')}
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
