import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type PolicyView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi, useSession } from '../app/session';
import { ErrorNotice, Loading, Section } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

/** An editable number: where it lives in the policy document, and its words. */
interface NumberField {
  path: string;
  words: MessageKey;
  step: string;
}

const TRIGGER_FIELDS = (trigger: string): NumberField[] => [
  { path: `triggers.${trigger}.open_score`, words: 'po.openScore', step: 'any' },
  { path: `triggers.${trigger}.severity.medium_from`, words: 'po.mediumFrom', step: 'any' },
  { path: `triggers.${trigger}.severity.high_from`, words: 'po.highFrom', step: 'any' },
  { path: `triggers.${trigger}.deadline_days`, words: 'po.deadlineDays', step: '1' },
];
const GENERAL_FIELDS: NumberField[] = [
  { path: 'review.sla_hours', words: 'po.slaHours', step: 'any' },
  { path: 'appeal.window_days', words: 'po.appealWindow', step: '1' },
  { path: 'appeal.limit_per_case', words: 'po.appealLimit', step: '1' },
  { path: 'messages.per_day_while_waiting', words: 'po.messagesPerDay', step: '1' },
];

function read(document: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
}

function write(document: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, document);
  parent[last] = value;
}

/** The next sequence number of a `YYYY-MM-DD.N` version. */
export function nextVersion(version: string): string {
  const match = /^(.*)\.(\d+)$/.exec(version);
  return match ? `${match[1]}.${Number(match[2]) + 1}` : version;
}

interface Issue {
  path: string;
  message: string;
}

/** The API's validation issues, each placed at the first field it concerns; the rest stay general. */
function placeIssues(issues: Issue[], fields: string[]) {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const field = fields.find((f) => f === issue.path || f.startsWith(`${issue.path}.`));
    if (field && issue.path) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else general.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { byField, general };
}

function PolicyForm({
  policy,
  canEdit,
  onSaved,
}: {
  policy: PolicyView;
  canEdit: boolean;
  onSaved(p: PolicyView): void;
}) {
  const api = useApi();
  const { t, label, lang } = useI18n();
  const triggers = Object.keys(policy.triggers);
  const fields = [...triggers.flatMap(TRIGGER_FIELDS), ...GENERAL_FIELDS];
  const initial = () => Object.fromEntries(fields.map((f) => [f.path, String(read(policy, f.path) ?? '')]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [version, setVersion] = useState(nextVersion(policy.version));
  const [issues, setIssues] = useState<{ byField: Map<string, string[]>; general: string[] }>();
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setIssues(undefined);
    setError(undefined);
    const document = structuredClone(policy) as unknown as Record<string, unknown>;
    document.version = version.trim();
    for (const f of fields) {
      const raw = values[f.path]?.trim() ?? '';
      write(document, f.path, raw === '' ? null : Number(raw));
    }
    try {
      onSaved(await api.savePolicy(document as unknown as PolicyView));
    } catch (caught) {
      const list = caught instanceof ApiError ? (caught.details.issues as Issue[] | undefined) : undefined;
      if (list?.length)
        setIssues(
          placeIssues(
            list.map((i) => ({ path: i.path, message: i.message })),
            ['version', ...fields.map((f) => f.path)],
          ),
        );
      else setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };

  const input = (f: NumberField) => {
    const id = `po-${f.path.replaceAll('.', '-')}`;
    const problems = issues?.byField.get(f.path);
    return (
      <div className="field" key={f.path}>
        <label htmlFor={id}>{t(f.words)}</label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={f.step}
          readOnly={!canEdit}
          value={values[f.path]}
          aria-invalid={problems ? true : undefined}
          aria-describedby={problems ? `${id}-error` : undefined}
          onChange={(e) => setValues({ ...values, [f.path]: e.target.value })}
        />
        {problems && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {problems.join(' ')}
          </p>
        )}
      </div>
    );
  };
  const versionProblems = issues?.byField.get('version');

  return (
    <form onSubmit={submit} aria-label={t('po.title')} className="stack">
      {Object.entries(policy.triggers).map(([trigger, rule]) => {
        return (
          <Section key={trigger} id={`po-${trigger}`} title={label('trigger', trigger)}>
            <div className="filters">{TRIGGER_FIELDS(trigger).map(input)}</div>
            <p>
              {t('po.whileOpen', {
                list: rule.restrictions_while_open.length
                  ? rule.restrictions_while_open.map((r) => label('restriction', r)).join(', ')
                  : t('po.noRestrictions'),
              })}
            </p>
            <h3>{t('po.requirements')}</h3>
            {rule.requirements.length === 0 ? (
              <p>{t('po.noRequirements')}</p>
            ) : (
              <ul>
                {rule.requirements.map((r) => (
                  <li key={r.material}>
                    <strong>{policy.materials[r.material]?.title[lang] ?? r.material}</strong>{' '}
                    <span className="muted">
                      {t('po.accepts', {
                        variants: r.accepted_variants.map((v) => label('variant', v)).join(', '),
                      })}
                      {r.only_if_missing ? ` · ${t('po.onlyIfMissing')}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        );
      })}
      <Section id="po-general" title={t('po.general')}>
        <div className="filters">{GENERAL_FIELDS.map(input)}</div>
        <p>{t('po.reminders', { days: policy.reminders.days_before_deadline.join(', ') })}</p>
      </Section>
      {canEdit && (
        <div className="card stack">
          <div className="field">
            <label htmlFor="po-version">{t('po.newVersion')}</label>
            <input
              id="po-version"
              required
              value={version}
              aria-invalid={versionProblems ? true : undefined}
              aria-describedby={versionProblems ? 'po-version-error' : undefined}
              onChange={(e) => setVersion(e.target.value)}
            />
            {versionProblems && (
              <p className="field-error" id="po-version-error" role="alert">
                {versionProblems.join(' ')}
              </p>
            )}
          </div>
          {issues && issues.general.length > 0 && (
            <div className="notice notice-error" role="alert">
              {issues.general.map((message) => (
                <p key={message}>{t('po.invalid', { message })}</p>
              ))}
            </div>
          )}
          {error && <ErrorNotice error={error} />}
          <div>
            <button type="submit" disabled={isBusy}>
              {isBusy ? t('po.saving') : t('po.save')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

/**
 * The policy (`/office/policy`): the active version's thresholds, requirements, deadlines and the
 * messages-per-day throttle, for staff; admins change the numbers and save a new version
 * (`PUT /v1/policy`), with the API's validation errors beside the fields they concern.
 */
export function PolicyPage() {
  const api = useApi();
  const { t } = useI18n();
  const { user } = useSession();
  const canEdit = user?.role === 'admin';
  const queryClient = useQueryClient();
  const policy = useQuery({ queryKey: queryKeys.policy(), queryFn: () => api.policy() });
  const current = policy.data;
  const [saved, setSaved] = useState<string>();
  return (
    <div className="page wide">
      <h1>{t('po.title')}</h1>
      <p className="muted">{t('po.intro')}</p>
      {!canEdit && <p>{t('po.readOnly')}</p>}
      {policy.error && <ErrorNotice error={policy.error} onRetry={() => void policy.refetch()} />}
      {!current && !policy.error && <Loading />}
      {current && (
        <>
          <p>
            {t('po.version')}: <code>{current.version}</code>
          </p>
          {saved && (
            <p className="notice" role="status">
              {saved}
            </p>
          )}
          <PolicyForm
            key={current.version}
            policy={current}
            canEdit={canEdit}
            onSaved={(result) => {
              // The saved version is the active policy now: the cache holds it, no refetch needed.
              queryClient.setQueryData(queryKeys.policy(), result);
              setSaved(t('po.saved', { version: result.version }));
            }}
          />
        </>
      )}
    </div>
  );
}
