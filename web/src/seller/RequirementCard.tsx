import type { DocumentView, RequirementView } from '../api/client';
import { Badge, statusTone } from '../components/common';
import { DocumentResult } from '../components/DocumentResult';
import { useI18n } from '../i18n/i18n';
import { BookingPanel } from './appointments/BookingPanel';
import { describeRules } from './rules';
import { StatementForm } from './StatementForm';
import { SelfieCapture } from './selfie/SelfieCapture';
import { UploadForm } from './UploadForm';
import { WithdrawDocument } from './WithdrawDocument';

/** One item of the checklist: what, why, the rules, the status, and the documents sent for it. */
export function RequirementCard({
  caseId,
  requirement,
  documents,
  canUpload,
  onUploaded,
  onChecked,
  onHandedIn,
  canWithdraw = () => false,
}: {
  caseId: string;
  requirement: RequirementView;
  documents: DocumentView[];
  canUpload: boolean;
  onUploaded(document: DocumentView): void;
  onChecked(document: DocumentView): void;
  /** A statement was handed in: the requirement's status changed. */
  onHandedIn(): void;
  /** Whether a document is still the seller's to take back (uploaded since the case was last handed in). */
  canWithdraw?(document: DocumentView): boolean;
}) {
  const i18n = useI18n();
  const { t, pick, label, formatDate, formatList, formatOr } = i18n;
  const title = requirement.title ? pick(requirement.title) : label('material', requirement.material);
  const rules = describeRules(requirement.rules, i18n);
  const headingId = `req-${requirement.id}`;
  const newestFirst = [...documents].sort((a, b) => b.uploaded_at.localeCompare(a.uploaded_at));
  return (
    <li className="requirement" aria-labelledby={headingId} data-material={requirement.material}>
      <div className="requirement-head">
        <h3 id={headingId}>{title}</h3>
        <Badge tone={statusTone(requirement.status)}>{label('requirementStatus', requirement.status)}</Badge>
        <span className="muted">{t('req.due', { date: formatDate(requirement.due_at) })}</span>
      </div>
      <dl className="requirement-facts">
        <div>
          {/* The reasons' sentences are told once, in the summary above; here only which of them. */}
          <dt>{t('req.why')}</dt>
          <dd>
            {t('req.whyTriggers', {
              triggers: formatList(requirement.triggers.map((tr) => label('trigger', tr))),
            })}
          </dd>
        </div>
        {requirement.kind === 'document' && (
          <div>
            <dt>{t('req.accepted')}</dt>
            <dd>
              {formatOr(requirement.accepted_variants.map((v) => label('variant', v)))}
              {/* What each is where the seller is registered (the server fits it to the country). */}
              {requirement.advice && <p className="advice muted small">{pick(requirement.advice)}</p>}
            </dd>
          </div>
        )}
        {rules.length > 0 && (
          <div>
            <dt>{t('req.rules')}</dt>
            <dd>
              <ul className="rules">
                {rules.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {requirement.kind === 'live' && <p className="notice">{t('req.live')}</p>}
      {requirement.kind === 'live' && canUpload && requirement.accepted_variants.includes('selfie') && (
        <SelfieCapture caseId={caseId} requirement={requirement} onTaken={onHandedIn} />
      )}
      {requirement.kind === 'live' && requirement.accepted_variants.includes('video_call') && (
        <BookingPanel caseId={caseId} requirement={requirement} onChanged={onHandedIn} />
      )}
      {requirement.kind === 'statement' &&
        (canUpload && requirement.status !== 'satisfied' && requirement.status !== 'waived' ? (
          <StatementForm caseId={caseId} requirement={requirement} onHandedIn={onHandedIn} />
        ) : (
          <p className="notice">{t('req.statement')}</p>
        ))}
      {requirement.kind === 'document' && (
        <>
          {canUpload && <UploadForm caseId={caseId} requirement={requirement} onUploaded={onUploaded} />}
          <h4 className="sub">{t('req.documents')}</h4>
          {newestFirst.length === 0 ? (
            <p className="muted">{t('req.noDocuments')}</p>
          ) : (
            newestFirst.map((document) => (
              <div key={document.id}>
                <DocumentResult document={document} onChecked={onChecked} />
                {canWithdraw(document) && <WithdrawDocument document={document} onWithdrawn={onHandedIn} />}
              </div>
            ))
          )}
        </>
      )}
    </li>
  );
}
