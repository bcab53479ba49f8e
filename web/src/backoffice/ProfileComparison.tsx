import type { DocumentView, SellerView } from '../api/client';
import { useFieldLabel } from '../components/Checks';
import { useI18n } from '../i18n/i18n';

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (value && typeof value === 'object' ? (value as Obj) : {});
const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const PROFILE_FIELDS = [
  'legal_name',
  'registration_number',
  'address',
  'legal_rep_name',
  'date_of_birth',
  'id_number',
] as const;

/** The registered value of a field, read the way the consistency checks read it. */
function registeredValue(profile: Obj, field: (typeof PROFILE_FIELDS)[number]): string | undefined {
  const business = obj(profile.business);
  const rep = obj(profile.legal_rep);
  switch (field) {
    case 'legal_name':
      return str(business.legal_name) ?? str(rep.full_name);
    case 'registration_number':
      return str(business.registration_number);
    case 'legal_rep_name':
      return str(rep.full_name);
    case 'date_of_birth':
      return str(rep.date_of_birth);
    case 'id_number':
      return str(rep.id_number);
    case 'address': {
      const a = obj(business.address ?? profile.address);
      const parts = [a.line1, a.line2, a.city, a.postal_code, a.country].filter(
        (p) => typeof p === 'string' && p,
      );
      return parts.length ? parts.join(', ') : undefined;
    }
  }
}

/** The registered profile beside what each checked document says, field by field; mismatches marked. */
export function ProfileComparison({ seller, documents }: { seller: SellerView; documents: DocumentView[] }) {
  const { t, label } = useI18n();
  const fieldLabel = useFieldLabel();
  const checked = documents.filter((d) => d.status === 'checked');
  const cell = (document: DocumentView, field: string) => {
    const check = document.checks.find(
      (c) =>
        c.group === 'consistency' &&
        (c.code === 'FIELD_FOUND' || c.code === 'FIELD_NOT_FOUND') &&
        c.evidence.field === field,
    );
    if (!check)
      return (
        <td key={document.id} className="muted">
          —
        </td>
      );
    const matched = str(check.evidence.matched);
    if (check.status === 'pass')
      return (
        <td key={document.id} className="match">
          <span aria-hidden="true">✓ </span>
          {matched}
        </td>
      );
    return (
      <td key={document.id} className="mismatch">
        <strong>✗ {t('office.mismatch')}</strong>
        {matched && <div className="muted">{matched}</div>}
      </td>
    );
  };
  return (
    <div className="table-scroll">
      <table className="comparison-table">
        <thead>
          <tr>
            <th scope="col">{t('check.field')}</th>
            <th scope="col">{t('office.registered')}</th>
            {checked.map((d) => (
              <th scope="col" key={d.id}>
                {label('variant', d.variant ?? d.type)}
                <div className="muted small">{d.files.map((f) => f.name).join(', ')}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PROFILE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{fieldLabel(field)}</th>
              <td>{registeredValue(seller.profile, field) ?? '—'}</td>
              {checked.map((d) => cell(d, field))}
            </tr>
          ))}
        </tbody>
      </table>
      <DataQualityNotes seller={seller} />
    </div>
  );
}

/** What the marketplace's feed sent for this seller that could not be used: the detectors read it as unknown. */
function DataQualityNotes({ seller }: { seller: SellerView }) {
  const { t } = useI18n();
  const notes = seller.data_quality_notes ?? [];
  if (notes.length === 0) return null;
  return (
    <section aria-label={t('office.dataQuality')}>
      <h3>{t('office.dataQuality')}</h3>
      <p className="muted">{t('office.dataQualityIntro')}</p>
      <ul>
        {notes.map((note) => (
          <li key={`${note.kind}:${note.field}:${note.code}:${note.raw ?? ''}`}>
            <code>{note.field}</code> {note.code}
            {note.raw !== null && <span className="muted"> ({note.raw})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
