import { useId, useState } from 'react';
import { ApiError, type CaseView, type DocumentView, type RequirementView } from '../api/client';
import { useApi } from '../app/session';
import { ErrorNotice, Section } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { useCaseMutation } from '../review/useCaseMutation';

/** The newest document of each requirement: what a reviewer will look at first. */
function newestByMaterial(documents: DocumentView[]): Map<string, DocumentView> {
  const newest = new Map<string, DocumentView>();
  for (const document of documents) {
    const seen = newest.get(document.material);
    if (!seen || seen.uploaded_at < document.uploaded_at) newest.set(document.material, document);
  }
  return newest;
}

export function SubmitPanel({
  caseView,
  requirements,
  documents,
  onSubmitted,
}: {
  caseView: CaseView;
  requirements: RequirementView[];
  documents: DocumentView[];
  onSubmitted(caseView: CaseView): void;
}) {
  const api = useApi();
  const { t, pick, label, formatList } = useI18n();
  const [note, setNote] = useState('');
  const [isDone, setIsDone] = useState(false);
  const submission = useCaseMutation(
    caseView.id,
    (text: string) => api.submit(caseView.id, text || undefined),
    (moved) => {
      setIsDone(true);
      onSubmitted(moved);
    },
  );
  const { error, isPending: isBusy } = submission;
  const noteId = useId();
  const newest = newestByMaterial(documents);
  const titleOf = (material: string) => {
    const requirement = requirements.find((r) => r.material === material);
    return requirement?.title ? pick(requirement.title) : material.replaceAll('_', ' ');
  };
  // The server's facts: what it still needs, and whether it would accept a submit now.
  const missing = caseView.missing_for_submission;
  const hasFailures = [...newest.values()].some((d) => d.verdict === 'fail');
  const canSubmit = caseView.allowed_actions.includes('submit');
  const isAwaiting = canSubmit || missing.length > 0;

  const submit = () => submission.mutate(note.trim());

  const incomplete =
    error instanceof ApiError &&
    error.code === 'REQUIREMENTS_INCOMPLETE' &&
    Array.isArray(error.details.missing)
      ? (error.details.missing as string[])
      : undefined;

  return (
    <Section title={t('seller.submitTitle')} id="submit">
      {isDone && (
        <p className="notice notice-good" role="status">
          {t('seller.submitted')}
        </p>
      )}
      {!isAwaiting && !isDone && (
        <p>{t('seller.notAwaiting', { status: label('status', caseView.status) })}</p>
      )}
      {isAwaiting && (
        <>
          <p>{t('seller.submitIntro')}</p>
          {missing.length > 0 ? (
            <p className="notice notice-warn">
              {t('seller.submitMissing', { materials: formatList(missing.map(titleOf)) })}
            </p>
          ) : (
            <p className="notice notice-good">{t('seller.submitReady')}</p>
          )}
          {hasFailures && <p className="notice notice-warn">{t('seller.submitFailedChecks')}</p>}
          <div className="field">
            <label htmlFor={noteId}>{t('seller.submitNote')}</label>
            <textarea
              id={noteId}
              rows={2}
              maxLength={4000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          {incomplete ? (
            <p className="notice notice-error" role="alert">
              {t('seller.submitMissing', { materials: formatList(incomplete.map(titleOf)) })}
            </p>
          ) : (
            error && <ErrorNotice error={error} />
          )}
          <button type="button" onClick={submit} disabled={isBusy || !canSubmit}>
            {isBusy ? t('seller.submitting') : t('seller.submit')}
          </button>
        </>
      )}
    </Section>
  );
}
