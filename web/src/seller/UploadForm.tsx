import { type FormEvent, useId, useState } from 'react';
import type { DocumentType, DocumentView, PreflightReport, RequirementView } from '../api/client';
import { useApi } from '../app/session';
import { CheckList } from '../components/Checks';
import { Badge, ErrorNotice } from '../components/common';
import { FileDrop } from '../components/FileDrop';
import { useI18n } from '../i18n/i18n';

const CARDS = ['national_id', 'driving_licence'];
const ID_VARIANTS = ['passport', ...CARDS];
const DOCUMENT_TYPES: readonly string[] = [
  'business_license',
  'government_id',
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
  'supplier_invoice',
  'other',
];
const ACCEPTED = /\.(pdf|jpe?g|png|tiff?)$/i;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The document type preflight files a variant under: every kind of ID is a `government_id`. */
export function preflightType(variant: string, material: string): DocumentType {
  if (ID_VARIANTS.includes(variant)) return 'government_id';
  if (DOCUMENT_TYPES.includes(variant)) return variant as DocumentType;
  return (DOCUMENT_TYPES.includes(material) ? material : 'other') as DocumentType;
}

/**
 * Upload against one requirement: the variant when several are accepted, both sides of an ID
 * card, pages otherwise; "Check first" runs preflight on the same files without storing them.
 */
export function UploadForm({
  caseId,
  requirement,
  onUploaded,
}: {
  caseId: string;
  requirement: RequirementView;
  onUploaded(document: DocumentView): void;
}) {
  const api = useApi();
  const { t, label } = useI18n();
  const variants = requirement.accepted_variants;
  const [variant, setVariant] = useState(variants[0] ?? requirement.material);
  const [front, setFront] = useState<File[]>([]);
  const [back, setBack] = useState<File[]>([]);
  const [pages, setPages] = useState<File[]>([]);
  const [busy, setBusy] = useState<'preflight' | 'upload'>();
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<Error>();
  const [report, setReport] = useState<PreflightReport>();
  const variantId = useId();
  const isCard = CARDS.includes(variant);
  const files = isCard ? [...front, ...back] : pages;
  const maxBytes =
    typeof requirement.rules.max_bytes === 'number' ? requirement.rules.max_bytes : DEFAULT_MAX_BYTES;

  const validate = (): string | undefined => {
    if (isCard && (front.length === 0 || back.length === 0)) return t('upload.needBothSides');
    if (files.length === 0) return t('upload.needFile');
    for (const file of files) {
      if (file.size > maxBytes)
        return t('upload.tooLarge', { name: file.name, mb: Math.round(maxBytes / 1024 / 1024) });
      if (!ACCEPTED.test(file.name) && !/^(application\/pdf|image\/(jpeg|png|tiff))$/.test(file.type))
        return t('upload.wrongType', { name: file.name });
    }
    return undefined;
  };

  const run = async (mode: 'preflight' | 'upload') => {
    const invalid = validate();
    setProblem(invalid);
    setError(undefined);
    if (invalid) return;
    setBusy(mode);
    try {
      if (mode === 'preflight')
        setReport(
          await api.preflight(caseId, [{ type: preflightType(variant, requirement.material), files }]),
        );
      else {
        const document = await api.upload(caseId, requirement.material, {
          ...(variants.length > 1 ? { variant } : {}),
          files,
        });
        setFront([]);
        setBack([]);
        setPages([]);
        setReport(undefined);
        onUploaded(document);
      }
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(undefined);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('upload');
  };

  return (
    <form className="upload" onSubmit={onSubmit} aria-label={t('upload.title')}>
      {variants.length > 1 && (
        <div className="field">
          <label htmlFor={variantId}>{t('upload.variant')}</label>
          <select id={variantId} value={variant} onChange={(event) => setVariant(event.target.value)}>
            {variants.map((v) => (
              <option key={v} value={v}>
                {label('variant', v)}
              </option>
            ))}
          </select>
        </div>
      )}
      {isCard ? (
        <div className="sides">
          <FileDrop label={t('upload.front')} files={front} onChange={setFront} />
          <FileDrop label={t('upload.back')} files={back} onChange={setBack} />
        </div>
      ) : (
        <FileDrop
          label={variant === 'passport' ? t('upload.dataPage') : t('upload.pages')}
          files={pages}
          onChange={setPages}
          multiple
        />
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="buttons">
        <button
          type="button"
          className="secondary"
          disabled={busy !== undefined}
          onClick={() => run('preflight')}
        >
          {busy === 'preflight' ? t('upload.preflighting') : t('upload.preflight')}
        </button>
        <button type="submit" disabled={busy !== undefined}>
          {busy === 'upload' ? t('upload.sending') : t('upload.send')}
        </button>
      </div>
      {report && (
        <div className="preflight" data-testid="preflight-report" aria-live="polite">
          <h4>
            {t('upload.preflightResult', { verdict: '' })}
            <Badge
              tone={report.documents.some((d) => d.checks.some((c) => c.status === 'fail')) ? 'bad' : 'good'}
            >
              {report.documents.some((d) => d.checks.some((c) => c.status === 'fail'))
                ? t('verdict.fail')
                : t('verdict.pass')}
            </Badge>
          </h4>
          {report.documents.map((document) => (
            <CheckList key={document.type} checks={document.checks} />
          ))}
        </div>
      )}
    </form>
  );
}
