import { useId, useState } from 'react';
import type { AppointmentView, CallOutcomeBody, CallOutcomeResult } from '../../api/appointments.api';
import { useApi } from '../../app/session';
import { ErrorNotice } from '../../components/common';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';

type Original = NonNullable<CallOutcomeBody['originals_shown']>[number];
/** Every original the API takes (the compiler holds this to the API's list). */
const ORIGINALS: Record<Original, MessageKey> = {
  government_id: 'calls.original.government_id',
  passport: 'calls.original.passport',
  business_license: 'calls.original.business_license',
  proof_of_address: 'calls.original.proof_of_address',
  bank_statement: 'calls.original.bank_statement',
  other: 'calls.original.other',
};

/** What the reviewer saw on the call: joined or not, person matches the ID, which originals, notes. */
export function OutcomeForm({ call, onRecorded }: { call: AppointmentView; onRecorded(): void }) {
  const api = useApi();
  const { t, label } = useI18n();
  const id = useId();
  const [attended, setAttended] = useState(true);
  const [matches, setMatches] = useState(false);
  const [shown, setShown] = useState<Original[]>([]);
  const [notes, setNotes] = useState('');
  const [result, setResult] = useState<CallOutcomeResult>();
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  const toggle = (original: Original) =>
    setShown((list) => (list.includes(original) ? list.filter((o) => o !== original) : [...list, original]));
  const record = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      const body: CallOutcomeBody = attended
        ? { attended, person_matches_id: matches, originals_shown: shown, notes }
        : { attended, notes };
      setResult(await api.recordCallOutcome(call.id, body));
      onRecorded();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };
  if (result)
    return (
      <p className="notice" role="status" data-testid="call-recorded">
        {t('calls.recorded', { status: label('requirementStatus', result.requirement_status) })}
        {result.errors.length > 0 && ` ${t('calls.errors', { codes: result.errors.join(', ') })}`}
      </p>
    );
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      <label>
        <input type="checkbox" checked={attended} onChange={(e) => setAttended(e.target.checked)} />{' '}
        {t('calls.attended')}
      </label>
      {attended && (
        <>
          <label>
            <input type="checkbox" checked={matches} onChange={(e) => setMatches(e.target.checked)} />{' '}
            {t('calls.matches')}
          </label>
          <fieldset>
            <legend>{t('calls.originals')}</legend>
            {(Object.keys(ORIGINALS) as Original[]).map((original) => (
              <label key={original} className="inline-check">
                <input type="checkbox" checked={shown.includes(original)} onChange={() => toggle(original)} />{' '}
                {t(ORIGINALS[original])}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('calls.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          maxLength={4000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      {error && <ErrorNotice error={error} />}
      <button type="submit" disabled={isBusy}>
        {t('calls.record')}
      </button>
    </form>
  );
}
