import type { DocumentView } from '../api/client';
import { useI18n } from '../i18n/i18n';

export type ReadField = NonNullable<DocumentView['reading']>['fields'][number];

/** The box of a field on the page shown, as percentages of the page image. */
export function FieldBoxes({
  fields,
  selected,
}: {
  fields: readonly { field: ReadField; index: number }[];
  selected: number | undefined;
}) {
  return (
    <>
      {fields.map(({ field, index }) =>
        field.box ? (
          <span
            key={index}
            className={index === selected ? 'field-box selected' : 'field-box'}
            data-field={field.name}
            style={{
              left: `${field.box.x * 100}%`,
              top: `${field.box.y * 100}%`,
              width: `${field.box.width * 100}%`,
              height: `${field.box.height * 100}%`,
            }}
          />
        ) : null,
      )}
    </>
  );
}

/** Every field the readers found: value, where, how sure; choosing one outlines it on the page. */
export function ReadingFields({
  reading,
  selected,
  onSelect,
}: {
  reading: DocumentView['reading'];
  selected: number | undefined;
  onSelect: (index: number | undefined) => void;
}) {
  const { t } = useI18n();
  if (!reading || reading.fields.length === 0) return <p className="muted">{t('reading.none')}</p>;
  return (
    <section className="reading-fields" aria-label={t('reading.title')}>
      <h4>{t('reading.title')}</h4>
      <ul>
        {reading.fields.map((field, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the fields of one reading never reorder
          <li key={index}>
            <button
              type="button"
              aria-pressed={index === selected}
              onClick={() => onSelect(index === selected ? undefined : index)}
            >
              <strong>{t(`reading.field.${field.name}`)}</strong>
              {'role' in field && field.role ? ` (${field.role})` : ''}
              {'kind' in field ? ` (${field.kind})` : ''}: <span className="field-value">{field.value}</span>
              <span className="muted">
                {' · '}
                {t('reading.where', { file: field.file, page: field.page })}
                {' · '}
                {t(`reading.source.${field.source}`)}
                {' · '}
                {t('reading.sure', { value: Math.round(field.confidence * 100) })}
                {' · '}
                {t('reading.by', { reader: field.reader })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
