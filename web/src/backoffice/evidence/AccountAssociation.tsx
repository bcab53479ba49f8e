import { useI18n } from '../../i18n/i18n';
import { type Link, LinkGraph } from '../charts';
import type { EvidenceViewProps } from './evidence.types';

function LinkTable({ caption, links }: { caption: string; links: Link[] }) {
  if (links.length === 0) return null;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <tbody>
          {links.map((link) => (
            <tr key={`${link.kind}-${link.identifier}`}>
              <th scope="row">{link.kind}</th>
              <td>
                <code>{link.identifier}</code>
              </td>
              <td>{link.seller_ids.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AccountAssociation({ evidence: e, seller }: EvidenceViewProps<'account_association'>) {
  const { t } = useI18n();
  const inactive = e.inactive_accounts;
  return (
    <>
      <LinkGraph
        seller={seller}
        links={e.links}
        inactive={inactive.map((a) => a.seller_id)}
        title={t('evidence.graph', { seller })}
      />
      <LinkTable caption={t('evidence.links')} links={e.links} />
      <LinkTable caption={t('evidence.supporting')} links={e.supporting} />
      {inactive.length > 0 && (
        <p>
          {t('evidence.inactive', { ids: inactive.map((a) => `${a.seller_id} (${a.status})`).join(', ') })}
        </p>
      )}
    </>
  );
}
