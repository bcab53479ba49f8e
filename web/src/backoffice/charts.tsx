import { useI18n } from '../i18n/i18n';

export interface CountryCount {
  country: string;
  count: number;
  share: number;
}

/** Shares by country as bars, with the numbers written out (the bars are for the eye only). */
export function CountryBars({
  title,
  rows,
  highlight,
}: {
  title: string;
  rows: CountryCount[];
  highlight?: string;
}) {
  const { t, formatNumber } = useI18n();
  if (rows.length === 0) return null;
  return (
    <figure className="bars">
      <figcaption>{title}</figcaption>
      <ul>
        {rows.map((row) => (
          <li key={row.country} className={row.country === highlight ? 'bar-highlight' : undefined}>
            <span className="bar-label">{row.country}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${Math.round(row.share * 100)}%` }} />
            </span>
            <span className="bar-value">
              {t('evidence.share', { count: formatNumber(row.count), share: Math.round(row.share * 100) })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Two values side by side (expected vs observed), scaled to the larger. */
export function CompareBars({ rows }: { rows: { label: string; value: number }[] }) {
  const { formatNumber } = useI18n();
  const max = Math.max(...rows.map((r) => r.value), 1);
  return (
    <ul className="bars compare">
      {rows.map((row) => (
        <li key={row.label}>
          <span className="bar-label">{row.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${Math.round((row.value / max) * 100)}%` }} />
          </span>
          <span className="bar-value">{formatNumber(row.value, { maximumFractionDigits: 1 })}</span>
        </li>
      ))}
    </ul>
  );
}

export interface Link {
  kind: string;
  identifier: string;
  seller_ids: string[];
}

const KIND_COLOURS = ['#1f5fa8', '#b3541e', '#2e7d32', '#7b3fa0', '#a8326e', '#5c6b7a'];

/**
 * The association cluster: the case's seller in the middle, linked accounts around it, one line
 * per shared identifier (coloured by kind); inactive accounts dashed. A table beside it says the same.
 */
export function LinkGraph({
  seller,
  links,
  inactive,
  title,
}: {
  seller: string;
  links: Link[];
  inactive: string[];
  title: string;
}) {
  const others = [...new Set(links.flatMap((l) => l.seller_ids))].filter((id) => id !== seller).sort();
  const kinds = [...new Set(links.map((l) => l.kind))];
  const size = 320;
  const centre = size / 2;
  const radius = others.length > 0 ? 120 : 0;
  const position = new Map<string, { x: number; y: number }>([[seller, { x: centre, y: centre }]]);
  others.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    position.set(id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) });
  });
  const edges = links.flatMap((link, l) =>
    link.seller_ids.flatMap((a, i) =>
      link.seller_ids.slice(i + 1).map((b) => ({ a, b, kind: link.kind, key: `${l}-${a}-${b}` })),
    ),
  );
  return (
    <figure className="graph">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={title}>
        {edges.map((edge) => {
          const from = position.get(edge.a);
          const to = position.get(edge.b);
          if (!from || !to) return null;
          const offset = kinds.indexOf(edge.kind) * 3;
          return (
            <line
              key={edge.key}
              x1={from.x + offset}
              y1={from.y + offset}
              x2={to.x + offset}
              y2={to.y + offset}
              stroke={KIND_COLOURS[kinds.indexOf(edge.kind) % KIND_COLOURS.length]}
              strokeWidth={2}
              opacity={0.8}
            />
          );
        })}
        {[...position].map(([id, p]) => (
          <g key={id}>
            <circle
              cx={p.x}
              cy={p.y}
              r={id === seller ? 22 : 18}
              fill={id === seller ? '#fde9c8' : '#ffffff'}
              stroke={inactive.includes(id) ? '#b3261e' : '#333'}
              strokeDasharray={inactive.includes(id) ? '4 3' : undefined}
              strokeWidth={2}
            />
            <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize={id === seller ? 10 : 9}>
              {id}
            </text>
          </g>
        ))}
      </svg>
      <ul className="legend">
        {kinds.map((kind, i) => (
          <li key={kind}>
            <span
              className="swatch"
              style={{ background: KIND_COLOURS[i % KIND_COLOURS.length] }}
              aria-hidden="true"
            />
            {kind}
          </li>
        ))}
      </ul>
    </figure>
  );
}
