import { useId, useState } from 'react';
import type { FreeSlot } from '../../api/appointments.api';
import { dayInZone, timeInZone } from '../../components/zonedTime';
import { useI18n } from '../../i18n/i18n';

/** Free slots grouped by day in the seller's zone, one choice, and the button that takes it. */
export function SlotPicker({
  slots,
  zone,
  action,
  isBusy,
  onPick,
}: {
  slots: FreeSlot[];
  zone: string;
  action: string;
  isBusy: boolean;
  onPick(slotId: string): void;
}) {
  const { t, lang } = useI18n();
  const name = useId();
  const [chosen, setChosen] = useState<string>();
  if (slots.length === 0) return <p className="muted">{t('call.noSlots')}</p>;
  const days = new Map<string, FreeSlot[]>();
  for (const slot of slots) {
    const day = dayInZone(slot.starts_at, zone, lang);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <form
      className="stack slot-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onPick(chosen);
      }}
    >
      <fieldset>
        <legend>{t('call.pick')}</legend>
        {[...days].map(([day, list]) => (
          <div key={day} className="slot-day">
            <strong>{day}</strong>
            <div className="slot-times">
              {list.map((slot) => (
                <label key={slot.id} className="slot">
                  <input
                    type="radio"
                    name={name}
                    value={slot.id}
                    checked={chosen === slot.id}
                    onChange={() => setChosen(slot.id)}
                  />{' '}
                  {timeInZone(slot.starts_at, zone, lang)}–{timeInZone(slot.ends_at, zone, lang)}
                </label>
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={!chosen || isBusy}>
        {isBusy ? t('call.booking') : action}
      </button>
    </form>
  );
}
