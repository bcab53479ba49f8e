import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import type { CaseView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { CheckList } from '../components/Checks';
import { Badge, ErrorNotice, Loading, Section, severityTone, statusTone } from '../components/common';
import { DocumentResult } from '../components/DocumentResult';
import { MessageThread } from '../components/MessageThread';
import { Timeline } from '../components/Timeline';
import { useI18n } from '../i18n/i18n';
import { SellerPrivacyPanel } from '../privacy/SellerPrivacyPanel';
import { CallsPanel } from '../review/appointments/CallsPanel';
import { ReviewActions } from '../review/ReviewActions';
import { useCaseMutation } from '../review/useCaseMutation';
import { DocumentViewer } from './DocumentViewer';
import { EvidencePanel } from './EvidencePanel';
import { ProfileComparison } from './ProfileComparison';
import { SelfieEvidence } from './SelfieEvidence';

function WithdrawForm({ caseView }: { caseView: CaseView }) {
  const api = useApi();
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const noteId = useId();
  const withdraw = useCaseMutation(caseView.id, (text: string) => api.withdraw(caseView.id, text));
  const { error, isPending: isBusy } = withdraw;
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        withdraw.mutate(note.trim());
      }}
    >
      <div className="field">
        <label htmlFor={noteId}>{t('office.withdrawNote')}</label>
        <textarea id={noteId} rows={2} required value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="secondary" disabled={isBusy || !note.trim()}>
        {t('office.withdraw')}
      </button>
    </form>
  );
}

/**
 * A case as a reviewer works it: the reasons with their evidence, the registered profile beside
 * the documents, the viewer, the checks across documents, the audit timeline, messages and notes.
 * The actions: claim/release/assign, the decision, the second approval (`ReviewActions`), withdraw.
 */
export function OfficeCasePage({ caseId }: { caseId: string }) {
  const api = useApi();
  const { t, label, pick, formatDate, formatList } = useI18n();
  const queryClient = useQueryClient();
  const caseView = useQuery({ queryKey: queryKeys.caseView(caseId), queryFn: () => api.getCase(caseId) });
  const sellerId = caseView.data?.seller_id ?? '';
  const seller = useQuery({
    queryKey: queryKeys.seller(sellerId),
    queryFn: () => api.seller(sellerId),
    enabled: sellerId !== '',
  });
  const requirements = useQuery({
    queryKey: queryKeys.requirements(caseId),
    queryFn: () => api.requirements(caseId),
  });
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(caseId),
    queryFn: () => api.caseDocuments(caseId),
  });
  const timeline = useQuery({ queryKey: queryKeys.timeline(caseId), queryFn: () => api.timeline(caseId) });
  const [selected, setSelected] = useState<string>();
  const docs = documents.data?.data ?? [];
  useEffect(() => {
    if (!selected && docs[0]) setSelected(docs[0].id);
  }, [selected, docs]);
  // A document's checks finished: its requirement, the submission and the timeline changed too.
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });

  if (caseView.error) return <ErrorNotice error={caseView.error} onRetry={() => void caseView.refetch()} />;
  if (!caseView.data) return <Loading />;
  const c = caseView.data;
  const shown = docs.find((d) => d.id === selected);

  return (
    <div className="page wide office-case">
      <p>
        <Link to="/office">← {t('office.back')}</Link>
      </p>
      <header className="card case-head">
        <h1>{t('office.caseTitle', { seller: c.seller_id })}</h1>
        <div className="badges">
          <Badge tone={statusTone(c.status)}>{label('status', c.status)}</Badge>
          <Badge tone={severityTone(c.severity)}>{label('severity', c.severity)}</Badge>
          {c.restrictions.map((r) => (
            <Badge key={r} tone="warn">
              {label('restriction', r)}
            </Badge>
          ))}
        </div>
        <p className="muted">
          {t('seller.opened', { date: formatDate(c.opened_at) })} ·{' '}
          {t('timeline.deadline', { date: formatDate(c.deadline_at) })}
        </p>
      </header>
      <div className="office-grid">
        <div className="office-main">
          <Section title={t('office.reasons')} id="reasons">
            {c.reasons.map((reason) => (
              <EvidencePanel
                key={`${reason.trigger}-${reason.added_at}`}
                reason={reason}
                seller={c.seller_id}
              />
            ))}
          </Section>
          <Section title={t('office.profile')} id="profile">
            <p className="muted">{t('office.profileIntro')}</p>
            {seller.error && <ErrorNotice error={seller.error} />}
            {seller.data ? (
              <ProfileComparison seller={seller.data} documents={docs} />
            ) : (
              !seller.error && <Loading />
            )}
          </Section>
          <Section title={t('office.documents')} id="documents">
            {documents.error && (
              <ErrorNotice error={documents.error} onRetry={() => void documents.refetch()} />
            )}
            {documents.data && docs.length === 0 && <p className="muted">{t('office.noDocuments')}</p>}
            {docs.length > 0 && (
              <>
                <div className="doc-tabs" role="tablist" aria-label={t('office.documents')}>
                  {docs.map((d) => (
                    <button
                      key={d.id}
                      type="button"
                      role="tab"
                      aria-selected={d.id === selected}
                      className={d.id === selected ? 'tab tab-active' : 'tab'}
                      onClick={() => setSelected(d.id)}
                    >
                      {label('variant', d.variant ?? d.type)} · {formatDate(d.uploaded_at)}{' '}
                      {d.verdict && (
                        <Badge tone={d.verdict === 'pass' ? 'good' : 'bad'}>
                          {t(`verdict.${d.verdict}`)}
                        </Badge>
                      )}
                    </button>
                  ))}
                </div>
                {shown && (
                  <div className="viewer-and-checks" role="tabpanel">
                    <DocumentViewer document={shown} />
                    <DocumentResult document={shown} audience="staff" onChecked={() => void refresh()} />
                  </div>
                )}
              </>
            )}
          </Section>
          <SelfieEvidence caseId={caseId} />
          {documents.data && documents.data.submission.checks.length > 0 && (
            <Section title={t('office.submission')} id="submission">
              <CheckList checks={documents.data.submission.checks} audience="staff" />
            </Section>
          )}
        </div>
        <aside className="office-side">
          <Section title={t('office.actions')} id="actions">
            <p>
              {t('office.allowed', {
                actions: c.allowed_actions.length
                  ? formatList(c.allowed_actions.map((a) => label('action', a)))
                  : '—',
              })}
            </p>
            <ReviewActions caseView={c} requirements={requirements.data ?? []} />
            {c.allowed_actions.includes('withdraw') && <WithdrawForm caseView={c} />}
          </Section>
          <Section title={t('seller.requirementsTitle')} id="requirements">
            {requirements.data && (
              <ul className="plain">
                {requirements.data.map((r) => (
                  <li key={r.id}>
                    {r.title ? pick(r.title) : label('material', r.material)}{' '}
                    <Badge tone={statusTone(r.status)}>{label('requirementStatus', r.status)}</Badge>
                    {r.errors.length > 0 && <div className="muted small">{r.errors.join(', ')}</div>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <CallsPanel caseId={caseId} onChanged={() => void refresh()} />
          <Section title={t('office.audit')} id="audit">
            {timeline.data ? <Timeline timeline={timeline.data} audience="staff" /> : <Loading />}
          </Section>
          <Section title={t('office.notes')} id="notes">
            <MessageThread caseId={caseId} isStaff />
          </Section>
          <SellerPrivacyPanel sellerId={c.seller_id} />
        </aside>
      </div>
    </div>
  );
}
