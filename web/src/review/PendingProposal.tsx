import { useId, useState } from 'react';
import type { CaseView, DecisionView } from '../api/client';
import { useApi } from '../app/session';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ReviewError } from './reviewErrors';
import { useCaseMutation } from './useCaseMutation';

type PendingReview = NonNullable<CaseView['pending_review']>;

/** Why the server refuses this user as the second reviewer, in words. */
const WHY = {
  proposer: 'dec.youProposed',
  decided_rejection: 'dec.youDecidedRejection',
} as const satisfies Record<string, MessageKey>;

type Review = { kind: 'approve' } | { kind: 'send_back'; note: string };

/**
 * A proposal waiting for its second reviewer: approve or send back, never by the proposer. Whether
 * this user may is the server's fact (`review`, the case view's `pending_review`), not the page's.
 */
export function PendingProposal({
  caseView,
  proposal,
  review: allowed,
  onOutcome,
}: {
  caseView: CaseView;
  proposal: DecisionView;
  review: PendingReview;
  onOutcome(text: string): void;
}) {
  const api = useApi();
  const { t, label, formatDateTime } = useI18n();
  const [note, setNote] = useState('');
  const noteId = useId();
  const whyId = useId();
  const review = useCaseMutation(caseView.id, async (next: Review) => {
    if (next.kind === 'approve') {
      await api.approveDecision(caseView.id, proposal.id, caseView.revision);
      onOutcome(t('dec.approvedNow'));
    } else {
      await api.sendBackDecision(caseView.id, proposal.id, caseView.revision, next.note);
      onOutcome(t('dec.sentBack'));
    }
  });
  // Four eyes: the API refuses the proposer (REVIEWER_EXCLUDED); the page says why before the click.
  const unavailable = !allowed.can_confirm;
  const why = allowed.reason && allowed.reason !== 'not_a_reviewer' ? WHY[allowed.reason] : undefined;
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
      {why && (
        <p className="notice notice-warn" id={whyId}>
          {t(why)}
        </p>
      )}
      <div className="buttons">
        <button
          type="button"
          disabled={review.isPending || unavailable}
          aria-describedby={why ? whyId : undefined}
          onClick={() => review.mutate({ kind: 'approve' })}
        >
          {t('dec.approve')}
        </button>
      </div>
      {!unavailable && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (note.trim()) review.mutate({ kind: 'send_back', note: note.trim() });
          }}
        >
          <div className="field">
            <label htmlFor={noteId}>{t('dec.sendBackNote')}</label>
            <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="secondary" disabled={review.isPending || !note.trim()}>
            {t('dec.sendBack')}
          </button>
        </form>
      )}
      {review.error && <ReviewError error={review.error} />}
    </div>
  );
}
