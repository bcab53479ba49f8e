import { useCallback } from 'react';
import type { CaseView } from '../api/client';
import { useApi } from '../app/session';
import { useResource } from '../app/useResource';
import { ErrorNotice, Loading, Section } from '../components/common';
import { MessageThread } from '../components/MessageThread';
import { Timeline } from '../components/Timeline';
import { useI18n } from '../i18n/i18n';
import { AppealPanel, SellerDecisions } from './AppealPanel';
import { CaseSummary } from './CaseSummary';
import { RequirementCard } from './RequirementCard';
import { SubmitPanel } from './SubmitPanel';

const TERMINAL = ['approved', 'rejected_final', 'expired', 'withdrawn'];

/** A seller's case: summary, the checklist with uploads and checks, submit, timeline, messages. */
export function SellerCasePage({ caseId }: { caseId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const caseView = useResource(() => api.getCase(caseId), caseId);
  const requirements = useResource(() => api.requirements(caseId), caseId);
  const documents = useResource(() => api.caseDocuments(caseId), caseId);
  const timeline = useResource(() => api.timeline(caseId), caseId);
  const revision = caseView.data?.revision ?? 0;
  const decisions = useResource(() => api.decisions(caseId), `${caseId}:${revision}`);

  const refresh = useCallback(async () => {
    await Promise.all([caseView.reload(), requirements.reload(), documents.reload(), timeline.reload()]);
  }, [caseView.reload, requirements.reload, documents.reload, timeline.reload]);

  const failure = caseView.error ?? requirements.error ?? documents.error;
  if (failure) return <ErrorNotice error={failure} onRetry={refresh} />;
  if (!caseView.data || !requirements.data || !documents.data) return <Loading />;
  const current: CaseView = caseView.data;
  // The server says when it takes new documents (awaiting them, and for an appeal).
  const canUpload = current.accepts_documents;

  return (
    <div className="page seller-page">
      <CaseSummary caseView={current} />
      {decisions.data && <SellerDecisions decisions={decisions.data} />}
      <AppealPanel caseView={current} onAppealed={() => void refresh()} />
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
              onUploaded={() => void refresh()}
              onChecked={() => void refresh()}
              onHandedIn={() => void refresh()}
            />
          ))}
        </ul>
      </Section>
      <SubmitPanel
        caseView={current}
        requirements={requirements.data}
        documents={documents.data.data}
        onSubmitted={() => void refresh()}
      />
      <div className="two-columns">
        <Section title={t('timeline.title')} id="timeline">
          {timeline.data ? <Timeline timeline={timeline.data} /> : <Loading />}
        </Section>
        <Section title={t('messages.title')} id="messages">
          <MessageThread
            caseId={caseId}
            isClosed={TERMINAL.includes(current.status)}
            onPosted={() => void timeline.reload()}
          />
        </Section>
      </div>
    </div>
  );
}
