import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { CaseAction, CaseView, DecisionBody, ReasonCode, RequirementView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { ErrorNotice, Loading } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { ReviewError } from './reviewErrors';
import { useCaseMutation } from './useCaseMutation';

type Decision = DecisionBody['decision'];

/** The decision each allowed action records; a final rejection is a rejection the server makes final. */
const DECISION_OF: Partial<Record<CaseAction, Decision>> = {
  approve: 'approved',
  request_info: 'info_requested',
  reject: 'rejected',
  reject_final: 'rejected',
};

/** The decisions the server allows now, from `allowed_actions`, once each, in a stable order. */
export const decisionsAllowed = (caseView: CaseView): Decision[] =>
  (['approved', 'info_requested', 'rejected'] as const).filter((d) =>
    caseView.allowed_actions.some((a) => DECISION_OF[a] === d),
  );

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
          <span>{pick(code.title)}</span>
          <span className="muted small block">{pick(code.seller_text)}</span>
        </label>
      ))}
    </fieldset>
  );
}

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...list, item] : list.filter((i) => i !== item);

/**
 * The holder's decision: approve, ask again for named requirements, or reject, with reason codes.
 * What an approval must waive is the server's `unmet_at_approval`.
 */
export function DecisionForm({
  caseView,
  requirements,
  onOutcome,
}: {
  caseView: CaseView;
  requirements: RequirementView[];
  onOutcome(text: string): void;
}) {
  const api = useApi();
  const { t, pick, label } = useI18n();
  const codes = useQuery({ queryKey: queryKeys.reasonCodes(), queryFn: () => api.reasonCodes() });
  const kinds = decisionsAllowed(caseView);
  const [decision, setDecision] = useState<Decision>(kinds[0] ?? 'approved');
  const [chosen, setChosen] = useState<string[]>([]);
  const [materials, setMaterials] = useState<string[]>([]);
  const [waivers, setWaivers] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const noteId = useId();
  const decide = useCaseMutation(
    caseView.id,
    (body: DecisionBody) => api.decide(caseView.id, body),
    (result) =>
      onOutcome(
        result.decision.status === 'proposed'
          ? t('dec.proposed')
          : t('dec.decided', { status: label('status', result.case.status) }),
      ),
  );
  const fitting = (codes.data?.codes ?? []).filter((c) => c.decisions.includes(decision));
  const valid = chosen.filter((c) => fitting.some((f) => f.code === c));
  const isApproval = decision === 'approved';
  const unmet = isApproval ? requirements.filter((r) => caseView.unmet_at_approval.includes(r.material)) : [];
  const missing =
    valid.length === 0
      ? t('dec.needReason')
      : decision === 'info_requested' && materials.length === 0
        ? t('dec.needRequirement')
        : unmet.some((r) => !waivers[r.material])
          ? t('dec.needWaivers')
          : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing || !note.trim()) return;
    decide.mutate({
      decision,
      reason_codes: valid,
      note: note.trim(),
      ...(decision === 'info_requested' ? { requirements: materials.map((material) => ({ material })) } : {}),
      ...(unmet.length > 0
        ? { waivers: unmet.map((r) => ({ material: r.material, reason_code: waivers[r.material] ?? '' })) }
        : {}),
      revision: caseView.revision,
    });
  };
  if (codes.error) return <ErrorNotice error={codes.error} onRetry={() => void codes.refetch()} />;
  if (!codes.data) return <Loading />;
  return (
    <form className="stack decision-form" onSubmit={submit} aria-label={t('dec.title')}>
      <fieldset className="choices">
        <legend>{t('dec.kind')}</legend>
        {kinds.map((d) => (
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
                onChange={(e) => setMaterials(toggle(materials, r.material, e.target.checked))}
              />{' '}
              {r.title ? pick(r.title) : r.material}
            </label>
          ))}
        </fieldset>
      )}
      {unmet.length > 0 && (
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
                  {codes.data.waiver_reasons.map((w) => (
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
      {decide.error && <ReviewError error={decide.error} />}
      <button type="submit" disabled={decide.isPending || !!missing || !note.trim()}>
        {decide.isPending ? t('dec.busy') : t('dec.submit')}
      </button>
    </form>
  );
}
