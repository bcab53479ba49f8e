import { type FormEvent, useId, useState } from 'react';
import {
  ApiError,
  type CaseView,
  type DecisionView,
  type ReasonCode,
  type RequirementView,
} from '../api/client';
import { useApi, useSession } from '../app/session';
import { useResource } from '../app/useResource';
import { Badge, ErrorNotice, Loading } from '../components/common';
import { type I18n, useI18n } from '../i18n/i18n';

const DECISIONS = ['approved', 'info_requested', 'rejected'] as const;
/** Requirement statuses an approval needs no waiver for. */
const MET = ['pending_verification', 'satisfied', 'waived'];
type Decision = (typeof DECISIONS)[number];
const IN_QUEUE = ['submitted', 'in_review', 'appealed'];
const DECIDERS = ['reviewer', 'supervisor'];

/** A review conflict in plain words; undefined when the error is not one of them. */
function conflictText(error: Error, t: I18n['t']): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const details = error.details as { where?: string; reason?: string };
  switch (error.code) {
    case 'CONFLICT':
      return details.where === 'assignee' ? t('conflict.assignee') : t('conflict.revision');
    case 'NOT_ASSIGNEE':
      return t('conflict.notAssignee');
    case 'REVIEWER_EXCLUDED':
      return details.reason === 'proposer'
        ? t('conflict.proposer')
        : details.reason === 'decided_rejection'
          ? t('conflict.decidedRejection')
          : t('conflict.excluded');
    case 'DECISION_PENDING':
      return t('conflict.pending');
    case 'DECISION_NOT_PENDING':
      return t('conflict.notPending');
    default:
      return undefined;
  }
}

/** Errors that mean "the case is not what you saw": the page reloads it. */
const STALE = ['CONFLICT', 'NOT_ASSIGNEE', 'DECISION_PENDING', 'DECISION_NOT_PENDING'];

function ReviewError({ error }: { error: Error }) {
  const { t } = useI18n();
  const plain = conflictText(error, t);
  if (!plain) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert" data-code={(error as ApiError).code}>
      <p>{plain}</p>
    </div>
  );
}

/** Runs an action, keeps its error, and reloads the case when the error says it changed. */
function useAction(onChanged: () => Promise<void>, onOutcome?: (text: string) => void) {
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, doneText?: string) => {
    setIsBusy(true);
    setError(undefined);
    try {
      await action();
      if (doneText) onOutcome?.(doneText);
      await onChanged();
    } catch (caught) {
      setError(caught as Error);
      if (caught instanceof ApiError && STALE.includes(caught.code)) await onChanged();
    } finally {
      setIsBusy(false);
    }
  };
  return { error, isBusy, run };
}

function HoldPanel({ caseView, onChanged }: { caseView: CaseView; onChanged: () => Promise<void> }) {
  const api = useApi();
  const { t } = useI18n();
  const { user } = useSession();
  const assignId = useId();
  const isSupervisor = user?.role === 'supervisor';
  const canDecide = DECIDERS.includes(user?.role ?? '');
  const holder = caseView.assignee_id ?? null;
  const isMine = holder !== null && holder === user?.id;
  const inQueue = IN_QUEUE.includes(caseView.status);
  const workload = useResource(
    async () => (isSupervisor ? api.workload() : undefined),
    isSupervisor ? 'workload' : '',
  );
  const [assignee, setAssignee] = useState('');
  const { error, isBusy, run } = useAction(onChanged);
  const holderName =
    workload.data?.reviewers.find((r) => r.reviewer.id === holder)?.reviewer.display_name ?? holder;
  return (
    <div className="stack hold" data-testid="hold">
      <p>
        {holder === null
          ? t('act.heldByNobody')
          : isMine
            ? t('act.heldByYou')
            : t('act.heldByOther', { who: holderName ?? '' })}
      </p>
      {canDecide && (
        <div className="buttons">
          {inQueue && !(isMine && caseView.status === 'in_review') && (
            <button
              type="button"
              disabled={isBusy}
              onClick={() => run(() => api.claim(caseView.id, caseView.revision))}
            >
              {t('act.claim')}
            </button>
          )}
          {holder !== null && (isMine || isSupervisor) && (
            <button
              type="button"
              className="secondary"
              disabled={isBusy}
              onClick={() => run(() => api.release(caseView.id, caseView.revision))}
            >
              {t('act.release')}
            </button>
          )}
        </div>
      )}
      {canDecide && !inQueue && holder === null && <p className="muted small">{t('act.notInQueue')}</p>}
      {isSupervisor && inQueue && workload.data && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (assignee) void run(() => api.assign(caseView.id, assignee, caseView.revision));
          }}
        >
          <label htmlFor={assignId}>{t('act.assignTo')}</label>
          <select id={assignId} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="" />
            {workload.data.reviewers
              .filter((r) => !r.reviewer.disabled)
              .map((r) => (
                <option key={r.reviewer.id} value={r.reviewer.id}>
                  {r.reviewer.display_name} ({r.holding})
                </option>
              ))}
          </select>
          <button type="submit" className="secondary" disabled={isBusy || !assignee}>
            {t('act.assign')}
          </button>
        </form>
      )}
      {error && <ReviewError error={error} />}
    </div>
  );
}

function ReasonCodeChoice({
  codes,
  chosen,
  onChange,
}: {
  codes: ReasonCode[];
  chosen: string[];
  onChange(next: string[]): void;
}) {
  const { t, pick } = useI18n();
  return (
    <fieldset className="choices">
      <legend>{t('dec.reasons')}</legend>
      {codes.map((code) => (
        <label key={code.code} className="choice">
          <input
            type="checkbox"
            value={code.code}
            checked={chosen.includes(code.code)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, code.code] : chosen.filter((c) => c !== code.code))
            }
          />{' '}
          <span lang="en">{code.label}</span>
          <span className="muted small block">{pick(code.seller_text)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The holder's decision: approve, ask again for named requirements, or reject, with reason codes. */
function DecisionForm({
  caseView,
  requirements,
  onChanged,
  onOutcome,
}: {
  caseView: CaseView;
  requirements: RequirementView[];
  onChanged: () => Promise<void>;
  onOutcome(text: string): void;
}) {
  const api = useApi();
  const { t, pick, label } = useI18n();
  const codes = useResource(() => api.reasonCodes(), 'reason-codes');
  const [decision, setDecision] = useState<Decision>('approved');
  const [chosen, setChosen] = useState<string[]>([]);
  const [materials, setMaterials] = useState<string[]>([]);
  const [waivers, setWaivers] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const noteId = useId();
  const { error, isBusy, run } = useAction(onChanged);
  const fitting = (codes.data?.codes ?? []).filter((c) => c.decisions.includes(decision));
  const valid = chosen.filter((c) => fitting.some((f) => f.code === c));
  // An approval satisfies what was handed in; anything else must be waived by name, with a reason.
  const unmet = requirements.filter((r) => !MET.includes(r.status));
  const isApproval = decision === 'approved';
  const missing =
    valid.length === 0
      ? t('dec.needReason')
      : decision === 'info_requested' && materials.length === 0
        ? t('dec.needRequirement')
        : isApproval && unmet.some((r) => !waivers[r.material])
          ? t('dec.needWaivers')
          : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing || !note.trim()) return;
    void run(async () => {
      const result = await api.decide(caseView.id, {
        decision,
        reason_codes: valid,
        note: note.trim(),
        ...(decision === 'info_requested'
          ? { requirements: materials.map((material) => ({ material })) }
          : {}),
        ...(isApproval && unmet.length > 0
          ? { waivers: unmet.map((r) => ({ material: r.material, reason_code: waivers[r.material] ?? '' })) }
          : {}),
        revision: caseView.revision,
      });
      onOutcome(
        result.decision.status === 'proposed'
          ? t('dec.proposed')
          : t('dec.decided', { status: label('status', result.case.status) }),
      );
    });
  };
  if (codes.error) return <ErrorNotice error={codes.error} onRetry={codes.reload} />;
  if (!codes.data) return <Loading />;
  return (
    <form className="stack decision-form" onSubmit={submit} aria-label={t('dec.title')}>
      <fieldset className="choices">
        <legend>{t('dec.kind')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="choice">
            <input
              type="radio"
              name="decision"
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
            />{' '}
            {t(`dec.${d}`)}
          </label>
        ))}
      </fieldset>
      <ReasonCodeChoice codes={fitting} chosen={valid} onChange={setChosen} />
      {decision === 'info_requested' && (
        <fieldset className="choices">
          <legend>{t('dec.requirements')}</legend>
          {requirements.map((r) => (
            <label key={r.id} className="choice">
              <input
                type="checkbox"
                checked={materials.includes(r.material)}
                onChange={(e) =>
                  setMaterials(
                    e.target.checked ? [...materials, r.material] : materials.filter((m) => m !== r.material),
                  )
                }
              />{' '}
              {r.title ? pick(r.title) : r.material}
            </label>
          ))}
        </fieldset>
      )}
      {isApproval && unmet.length > 0 && (
        <fieldset className="stack">
          <legend>{t('dec.waivers')}</legend>
          {unmet.map((r) => {
            const title = r.title ? pick(r.title) : r.material;
            return (
              <div className="field" key={r.id}>
                <label htmlFor={`${noteId}-waive-${r.material}`}>{t('dec.waiverReason', { title })}</label>
                <select
                  id={`${noteId}-waive-${r.material}`}
                  value={waivers[r.material] ?? ''}
                  onChange={(e) => setWaivers({ ...waivers, [r.material]: e.target.value })}
                >
                  <option value="">—</option>
                  {(codes.data?.waiver_reasons ?? []).map((w) => (
                    <option key={w.code} value={w.code}>
                      {pick(w.label)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={noteId}>{t('dec.note')}</label>
        <textarea id={noteId} rows={3} required value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <p className="muted small">{t('dec.fourEyes')}</p>
      {missing && <p className="muted small">{missing}</p>}
      {error && <ReviewError error={error} />}
      <button type="submit" disabled={isBusy || !!missing || !note.trim()}>
        {isBusy ? t('dec.busy') : t('dec.submit')}
      </button>
    </form>
  );
}

/** A proposal waiting for its second reviewer: approve or send back, never by the proposer. */
function PendingProposal({
  caseView,
  proposal,
  onChanged,
  onOutcome,
}: {
  caseView: CaseView;
  proposal: DecisionView;
  onChanged: () => Promise<void>;
  onOutcome(text: string): void;
}) {
  const api = useApi();
  const { t, label, formatDateTime } = useI18n();
  const { user } = useSession();
  const [note, setNote] = useState('');
  const noteId = useId();
  const whyId = useId();
  const { error, isBusy, run } = useAction(onChanged, onOutcome);
  const isProposer = proposal.proposed_by?.id === user?.id;
  const canDecide = DECIDERS.includes(user?.role ?? '');
  const unavailable = isProposer || !canDecide;
  return (
    <div className="stack pending" data-testid="pending-proposal">
      <h3>{t('dec.pendingTitle')}</h3>
      <p>
        <strong>{label('decision', proposal.decision)}</strong> ·{' '}
        {t('dec.by', {
          who: proposal.proposed_by?.display_name ?? '',
          date: proposal.proposed_at ? formatDateTime(proposal.proposed_at) : '',
        })}
      </p>
      <ul className="plain">
        {proposal.reasons.map((r) => (
          <li key={r.code}>
            <code>{r.code}</code>
          </li>
        ))}
      </ul>
      {proposal.note && <blockquote className="note">{proposal.note}</blockquote>}
      {isProposer && (
        <p className="notice notice-warn" id={whyId}>
          {t('dec.youProposed')}
        </p>
      )}
      <div className="buttons">
        <button
          type="button"
          disabled={isBusy || unavailable}
          aria-describedby={isProposer ? whyId : undefined}
          onClick={() =>
            run(() => api.approveDecision(caseView.id, proposal.id, caseView.revision), t('dec.approvedNow'))
          }
        >
          {t('dec.approve')}
        </button>
      </div>
      {!unavailable && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (note.trim())
              void run(
                () => api.sendBackDecision(caseView.id, proposal.id, caseView.revision, note.trim()),
                t('dec.sentBack'),
              );
          }}
        >
          <div className="field">
            <label htmlFor={noteId}>{t('dec.sendBackNote')}</label>
            <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="secondary" disabled={isBusy || !note.trim()}>
            {t('dec.sendBack')}
          </button>
        </form>
      )}
      {error && <ReviewError error={error} />}
    </div>
  );
}

function DecisionHistory({ decisions }: { decisions: DecisionView[] }) {
  const { t, label, formatDateTime } = useI18n();
  if (decisions.length === 0) return <p className="muted">{t('dec.none')}</p>;
  return (
    <ul className="plain decisions">
      {decisions.map((d) => (
        <li key={d.id}>
          <strong>{label('decision', d.decision)}</strong>{' '}
          {d.status && (
            <Badge tone={d.status === 'decided' ? 'good' : 'neutral'}>
              {label('decisionStatus', d.status)}
            </Badge>
          )}
          {d.appeal_round > 0 && <> · {t('dec.round', { n: d.appeal_round })}</>}
          <div className="muted small">
            {d.reasons.map((r) => r.code).join(', ')}
            <br />
            {t('dec.by', {
              who: d.proposed_by?.display_name ?? '',
              date: d.proposed_at ? formatDateTime(d.proposed_at) : '',
            })}
            {d.reviewed_by && d.reviewed_at && (
              <>
                {' · '}
                {t('dec.reviewedBy', {
                  who: d.reviewed_by.display_name,
                  date: formatDateTime(d.reviewed_at),
                })}
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The case page's review actions: hold, decide, the second approval, and the decisions so far. */
export function ReviewActions({
  caseView,
  requirements,
  onChanged,
}: {
  caseView: CaseView;
  requirements: RequirementView[];
  onChanged: () => Promise<void>;
}) {
  const api = useApi();
  const { t } = useI18n();
  const { user } = useSession();
  const decisions = useResource(() => api.decisions(caseView.id), `${caseView.id}:${caseView.revision}`);
  const reload = async () => {
    await Promise.all([onChanged(), decisions.reload()]);
  };
  const [outcome, setOutcome] = useState<string>();
  const pending = decisions.data?.find((d) => d.status === 'proposed');
  const isMine = !!caseView.assignee_id && caseView.assignee_id === user?.id;
  const canDecide = DECIDERS.includes(user?.role ?? '');
  return (
    <div className="stack review-actions">
      {outcome && (
        <p className="notice notice-good" role="status" data-testid="outcome">
          {outcome}
        </p>
      )}
      <HoldPanel caseView={caseView} onChanged={reload} />
      {decisions.error && <ErrorNotice error={decisions.error} onRetry={decisions.reload} />}
      {pending && (
        <PendingProposal caseView={caseView} proposal={pending} onChanged={reload} onOutcome={setOutcome} />
      )}
      {caseView.status === 'in_review' && canDecide && decisions.data && !pending && (
        <section aria-labelledby="decide-title" className="stack">
          <h3 id="decide-title">{t('dec.title')}</h3>
          {isMine ? (
            <DecisionForm
              caseView={caseView}
              requirements={requirements}
              onChanged={reload}
              onOutcome={setOutcome}
            />
          ) : (
            <p className="muted">{t('act.claimFirst')}</p>
          )}
        </section>
      )}
      {pending && isMine && <p className="muted small">{t('dec.waitForSecond')}</p>}
      <h3>{t('dec.history')}</h3>
      {decisions.data ? <DecisionHistory decisions={decisions.data} /> : !decisions.error && <Loading />}
    </div>
  );
}
