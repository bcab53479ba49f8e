import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseView, RequirementView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { ErrorNotice, Loading } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { DecisionForm, decisionsAllowed } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';
import { HoldPanel } from './HoldPanel';
import { PendingProposal } from './PendingProposal';

/**
 * The case page's review actions: hold, decide, the second approval, and the decisions so far.
 * Every choice shown is one the server's facts (`hold`, `allowed_actions`, `unmet_at_approval`)
 * allow; each write invalidates the case's queries, so the page reloads what changed.
 */
export function ReviewActions({
  caseView,
  requirements,
}: {
  caseView: CaseView;
  requirements: RequirementView[];
}) {
  const api = useApi();
  const { t } = useI18n();
  const decisions = useQuery({
    queryKey: queryKeys.decisions(caseView.id),
    queryFn: () => api.decisions(caseView.id),
  });
  const [outcome, setOutcome] = useState<string>();
  // The server names the waiting proposal and whether this user may review it (`pending_review`).
  const review = caseView.pending_review;
  const pending = review && decisions.data?.find((d) => d.id === review.decision_id);
  const heldByYou = caseView.hold?.held_by_you ?? false;
  const canDecide = decisionsAllowed(caseView).length > 0 && caseView.hold !== null;
  return (
    <div className="stack review-actions">
      {outcome && (
        <p className="notice notice-good" role="status" data-testid="outcome">
          {outcome}
        </p>
      )}
      <HoldPanel caseView={caseView} />
      {decisions.error && <ErrorNotice error={decisions.error} onRetry={() => void decisions.refetch()} />}
      {review && pending && (
        <PendingProposal caseView={caseView} proposal={pending} review={review} onOutcome={setOutcome} />
      )}
      {canDecide && decisions.data && !review && (
        <section aria-labelledby="decide-title" className="stack">
          <h3 id="decide-title">{t('dec.title')}</h3>
          {heldByYou ? (
            <DecisionForm caseView={caseView} requirements={requirements} onOutcome={setOutcome} />
          ) : (
            <p className="muted">{t('act.claimFirst')}</p>
          )}
        </section>
      )}
      {review && heldByYou && <p className="muted small">{t('dec.waitForSecond')}</p>}
      <h3>{t('dec.history')}</h3>
      {decisions.data ? <DecisionHistory decisions={decisions.data} /> : !decisions.error && <Loading />}
    </div>
  );
}
