import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../app/session';
import { ErrorNotice, Loading, Section } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { type ErasureReport, type LegalHoldView, usePrivacyApi } from './privacy.api';

const HOLDERS = ['supervisor', 'admin'];

/**
 * The back office's personal-data actions on a seller: the legal holds in force (supervisors and
 * admins place and lift them, with a reason), and erasure on request (admins, after a
 * confirmation; the API refuses it while a hold or an open case applies, and the panel says which).
 */
export function SellerPrivacyPanel({ sellerId }: { sellerId: string }) {
  const { user } = useSession();
  const privacy = usePrivacyApi();
  const { t, formatDate } = useI18n();
  const [holds, setHolds] = useState<LegalHoldView[]>();
  const [error, setError] = useState<Error>();
  const canHold = HOLDERS.includes(user?.role ?? '');

  const load = useCallback(async () => {
    try {
      setHolds(await privacy.holds(sellerId));
    } catch (caught) {
      setError(caught as Error);
    }
  }, [privacy, sellerId]);
  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      await load();
    } catch (caught) {
      setError(caught as Error);
    }
  }

  return (
    <Section title={t('privacy.panelTitle')} id="privacy">
      <h3>{t('privacy.holdsTitle')}</h3>
      {!holds ? (
        <Loading />
      ) : holds.length === 0 ? (
        <p data-testid="no-holds">{t('privacy.noHolds')}</p>
      ) : (
        <ul className="plain" data-testid="holds">
          {holds.map((hold) => (
            <li key={hold.id} data-hold-id={hold.id}>
              {t('privacy.holdBy', {
                who: hold.placed_by,
                date: formatDate(hold.placed_at),
                reason: hold.reason,
              })}
              {canHold && (
                <ReasonForm
                  label={t('privacy.liftReason')}
                  button={t('privacy.liftHold')}
                  onSubmit={(reason) => act(() => privacy.liftHold(sellerId, hold.id, reason))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canHold ? (
        <ReasonForm
          label={t('privacy.holdReason')}
          button={t('privacy.placeHold')}
          onSubmit={(reason) => act(() => privacy.placeHold(sellerId, reason))}
        />
      ) : (
        <p className="muted small">{t('privacy.holdsOnlySupervisors')}</p>
      )}
      {error && <ErrorNotice error={error} />}
      {user?.role === 'admin' && <ErasureAction sellerId={sellerId} onDone={load} />}
    </Section>
  );
}

function ReasonForm({
  label,
  button,
  onSubmit,
}: {
  label: string;
  button: string;
  onSubmit(reason: string): Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        await onSubmit(reason.trim());
        setBusy(false);
        setReason('');
      }}
    >
      <label>
        {label}
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          minLength={3}
          maxLength={500}
        />
      </label>
      <button type="submit" disabled={busy || reason.trim().length < 3}>
        {button}
      </button>
    </form>
  );
}

function ErasureAction({ sellerId, onDone }: { sellerId: string; onDone(): Promise<void> }) {
  const privacy = usePrivacyApi();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<ErasureReport>();
  const [refusal, setRefusal] = useState<ApiError | Error>();

  async function erase() {
    setConfirming(false);
    setRefusal(undefined);
    try {
      setReport(await privacy.erase(sellerId, reason.trim() || undefined));
    } catch (caught) {
      setRefusal(caught as Error);
    }
    await onDone();
  }

  return (
    <div data-testid="erasure">
      <h3>{t('privacy.eraseTitle')}</h3>
      <p className="small">{t('privacy.eraseIntro')}</p>
      <label>
        {t('privacy.eraseReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </label>
      <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={confirming}>
        {t('privacy.eraseButton')}
      </button>
      {confirming && (
        <div role="alertdialog" aria-labelledby="erase-confirm" className="notice notice-warn">
          <p id="erase-confirm">{t('privacy.eraseConfirm', { seller: sellerId })}</p>
          <button type="button" className="danger" onClick={() => void erase()}>
            {t('privacy.eraseYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('privacy.eraseCancel')}
          </button>
        </div>
      )}
      {report && (
        <p role="status" className="notice notice-good">
          {t('privacy.erased', {
            rows: report.rows.reduce((sum, r) => sum + r.rows, 0),
            files: report.files_removed,
          })}
        </p>
      )}
      {refusal && <Refusal error={refusal} />}
    </div>
  );
}

/** Why the API refused the erasure, in words: which hold, or which open case. */
function Refusal({ error }: { error: Error }) {
  const { t, label } = useI18n();
  if (!(error instanceof ApiError)) return <ErrorNotice error={error} />;
  const details = error.details as { holds?: { reason: string; placed_by: string }[]; status?: string };
  const text =
    error.code === 'LEGAL_HOLD'
      ? t('privacy.refusedHold', {
          code: error.code,
          holds: (details.holds ?? []).map((h) => `${h.reason} (${h.placed_by})`).join('; '),
        })
      : error.code === 'ERASURE_BLOCKED_OPEN_CASE'
        ? t('privacy.refusedOpen', { code: error.code, status: label('status', details.status ?? '') })
        : undefined;
  if (!text) return <ErrorNotice error={error} />;
  return (
    <p role="alert" className="notice notice-error" data-code={error.code}>
      {text}
    </p>
  );
}
