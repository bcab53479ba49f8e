import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseView, DocumentView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { ErrorNotice, Loading, Section } from '../components/common';
import { MessageThread } from '../components/MessageThread';
import { Timeline } from '../components/Timeline';
import { useI18n } from '../i18n/i18n';
import { AppealPanel, SellerDecisions } from './AppealPanel';
import { CaseSummary } from './CaseSummary';
import { RequirementCard } from './RequirementCard';
import { SubmitPanel } from './SubmitPanel';

/** A seller's case: summary, the checklist with uploads and checks, submit, timeline, messages. */
export function SellerCasePage({ caseId }: { caseId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const caseView = useQuery({ queryKey: queryKeys.caseView(caseId), queryFn: () => api.getCase(caseId) });
  const requirements = useQuery({
    queryKey: queryKeys.requirements(caseId),
    queryFn: () => api.requirements(caseId),
  });
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(caseId),
    queryFn: () => api.caseDocuments(caseId),
  });
  const timeline = useQuery({ queryKey: queryKeys.timeline(caseId), queryFn: () => api.timeline(caseId) });
  const decisions = useQuery({ queryKey: queryKeys.decisions(caseId), queryFn: () => api.decisions(caseId) });

  // After an upload, a statement, a finished check, a submit or an appeal: every panel of the case.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });

  const failure = caseView.error ?? requirements.error ?? documents.error;
  if (failure) return <ErrorNotice error={failure} onRetry={refresh} />;
  if (!caseView.data || !requirements.data || !documents.data) return <Loading />;
  const current: CaseView = caseView.data;
  // The server says when it takes new documents (awaiting them, and for an appeal).
  const canUpload = current.accepts_documents;
  // A document uploaded since the case was last handed in (submitted or appealed) is still the seller's.
  const handedInAt = [current.submitted_at, current.appealed_at].filter((at): at is string => at !== null);
  const canWithdraw = (document: DocumentView) =>
    canUpload &&
    (current.status === 'awaiting_documents' || current.status === 'rejected') &&
    handedInAt.every((at) => document.uploaded_at > at);

  return (
    <div className="page seller-page">
      <CaseSummary caseView={current} />
      {decisions.data && <SellerDecisions decisions={decisions.data} />}
      <AppealPanel caseView={current} onAppealed={refresh} />
      <Section title={t('seller.requirementsTitle')} id="requirements">
        <p className="muted">{t('seller.requirementsIntro')}</p>
        <ul className="requirements">
          {requirements.data.map((requirement) => (
            <RequirementCard
              key={requirement.id}
              caseId={caseId}
              requirement={requirement}
              documents={documents.data?.data.filter((d) => d.material === requirement.material) ?? []}
              canUpload={canUpload}
              onUploaded={refresh}
              onChecked={refresh}
              onHandedIn={refresh}
              canWithdraw={canWithdraw}
            />
          ))}
        </ul>
      </Section>
      <SubmitPanel
        caseView={current}
        requirements={requirements.data}
        documents={documents.data.data}
        onSubmitted={refresh}
      />
      <div className="two-columns">
        <Section title={t('timeline.title')} id="timeline">
          {timeline.data ? <Timeline timeline={timeline.data} /> : <Loading />}
        </Section>
        <Section title={t('messages.title')} id="messages">
          <MessageThread caseId={caseId} isClosed={current.closed_at !== null} />
        </Section>
      </div>
    </div>
  );
}
