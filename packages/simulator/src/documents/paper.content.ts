import type { Rng } from '../random.js';
import { addDays, addressLines, dateStyleOf, formatDate, hanAddressLine } from './format.js';
import { type Page, type PageItem, sansTextWidth } from './page.render.js';
import type { Shown } from './shown.js';

/**
 * Paper documents on A4 (points): utility bills and bank statements over several pages, each
 * marked "Page X of N", and supplier invoices. The account holder and address are the shown values.
 */
export interface PaperDates {
  /** Bill or statement date (invoice date). */
  issued: string;
}

const UTILITIES: Readonly<Record<string, readonly string[]>> = {
  CN: ['China Southern Power Grid', 'Shenzhen Water Group'],
  HK: ['CLP Power Hong Kong Limited', 'Towngas'],
  US: ['Pacific Gas and Electric Company', 'Con Edison', 'Duke Energy'],
  GB: ['British Gas', 'Octopus Energy', 'Thames Water'],
  DE: ['Vattenfall Europe Sales GmbH', 'E.ON Energie Deutschland'],
  FR: ['EDF Electricite de France', 'Engie'],
  ES: ['Iberdrola Clientes', 'Endesa Energia'],
  IT: ['Enel Energia', 'A2A Energia'],
  JP: ['Tokyo Electric Power Company', 'Kansai Electric Power'],
};
const BANKS: Readonly<Record<string, readonly string[]>> = {
  CN: ['HSBC Hong Kong', 'Bank of China (Hong Kong)'],
  HK: ['HSBC Hong Kong', 'Hang Seng Bank'],
  US: ['Chase Bank', 'Bank of America'],
  GB: ['Barclays Bank UK PLC', 'HSBC UK'],
  DE: ['Deutsche Bank AG', 'Commerzbank AG'],
  FR: ['BNP Paribas', 'Societe Generale'],
  ES: ['Banco Santander', 'BBVA'],
  IT: ['Intesa Sanpaolo', 'UniCredit'],
  JP: ['MUFG Bank', 'Mizuho Bank'],
};
const CURRENCY: Readonly<Record<string, string>> = {
  CN: 'HKD',
  HK: 'HKD',
  US: 'USD',
  GB: 'GBP',
  JP: 'JPY',
};

const text = (t: string, x: number, y: number, size = 10, extra: Partial<PageItem> = {}): PageItem =>
  ({ kind: 'text', text: t, x, y, size, ...extra }) as PageItem;

const footer = (page: number, pages: number, issuer: string): PageItem[] => [
  { kind: 'rect', x: 40, y: 792, w: 515, h: 0.8, fill: '#999999' },
  text(issuer, 40, 808, 8, { colour: '#666666' }),
  text(`Page ${page} of ${pages}`, 555, 808, 9, { align: 'right' }),
];

/** The holder's name and address in the left column, 11 pt, wrapped within `width` points. */
const holderBlock = (shown: Shown, y: number, width: number): PageItem[] => {
  const lines =
    shown.script === 'han'
      ? [shown.holderName, hanAddressLine(shown.address)]
      : [shown.holderName, ...addressLines(shown.address)];
  return lines.flatMap((line) => wrapLine(line, width, 11)).map((line, i) => text(line, 60, y + i * 15, 11));
};

/**
 * A line broken at spaces (汉字 anywhere) so it fits `width` points: a bank prints a long company
 * name on two lines rather than over the column beside it (seed 59 #40 printed "CO., LIMITED" on
 * top of "Account number", a page no reader could read and no bank sends).
 */
export function wrapLine(line: string, width: number, size: number): string[] {
  const widthOf = (s: string) => sansTextWidth(s, size);
  const pieces = line.match(/\p{Script=Han}|[^\s\p{Script=Han}]+|\s+/gu) ?? [];
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const next = current + piece;
    if (current.trim() && widthOf(next.trimEnd()) > width) {
      out.push(current.trimEnd());
      current = piece.trimStart();
    } else current = next;
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}

const money = (n: number) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function utilityBillPages(
  shown: Shown,
  country: string,
  dates: PaperDates,
  pages: number,
  rng: Rng,
): Page[] {
  const provider = rng.pick(UTILITIES[country] ?? (UTILITIES.GB as readonly string[]));
  const d = (iso: string) => formatDate(iso, shown.script === 'han' ? 'han' : dateStyleOf(country));
  const periodEnd = addDays(dates.issued, -rng.int(2, 6));
  const periodStart = addDays(periodEnd, -rng.int(28, 31));
  const account = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(3)}`;
  const currency = CURRENCY[country] ?? 'EUR';
  const usage = rng.int(180, 900);
  const rate = rng.uniform(0.12, 0.35);
  const energy = usage * rate;
  const standing = rng.uniform(8, 25);
  const tax = (energy + standing) * 0.08;
  const first: PageItem[] = [
    { kind: 'rect', x: 0, y: 0, w: 595, h: 70, fill: '#0f6e5a' },
    text(provider, 40, 44, 18, { font: 'bold', colour: '#ffffff' }),
    text(shown.script === 'han' ? '电费账单' : 'Electricity bill', 40, 110, 16, { font: 'bold' }),
    ...holderBlock(shown, 150, 270),
    text(`Account number: ${account}`, 340, 150, 10),
    text(`Bill date: ${d(dates.issued)}`, 340, 166, 10),
    text(`Billing period: ${d(periodStart)} - ${d(periodEnd)}`, 340, 182, 10),
    text(`Payment due: ${d(addDays(dates.issued, 14))}`, 340, 198, 10),
    { kind: 'rect', x: 40, y: 250, w: 515, h: 22, fill: '#e3efe9' },
    text('Summary of charges', 48, 265, 11, { font: 'bold' }),
    text(`Energy used: ${usage} kWh at ${rate.toFixed(4)} per kWh`, 48, 295),
    text(money(energy), 547, 295, 10, { align: 'right' }),
    text('Standing charge', 48, 313),
    text(money(standing), 547, 313, 10, { align: 'right' }),
    text('Tax', 48, 331),
    text(money(tax), 547, 331, 10, { align: 'right' }),
    text(`Total due (${currency})`, 48, 361, 12, { font: 'bold' }),
    text(money(energy + standing + tax), 547, 361, 12, { font: 'bold', align: 'right' }),
    text('Thank you for paying on time. Pay online, by direct debit or at any post office.', 48, 420, 9),
    ...footer(1, pages, provider),
  ];
  const out: Page[] = [{ width: 595, height: 842, background: '#ffffff', items: first }];
  for (let page = 2; page <= pages; page++) {
    const items: PageItem[] = [
      text(provider, 40, 50, 12, { font: 'bold' }),
      text(`Account number: ${account}`, 40, 68, 9),
      text(page === 2 ? 'Meter readings and usage history' : 'Information about your account', 40, 110, 14, {
        font: 'bold',
      }),
    ];
    for (let i = 0; i < 14; i++) {
      const month = addDays(periodStart, -30 * i).slice(0, 7);
      items.push(
        text(`${month}    meter ${rng.digits(6)}    ${rng.int(150, 950)} kWh`, 48, 140 + i * 18, 10),
      );
    }
    items.push(...footer(page, pages, provider));
    out.push({ width: 595, height: 842, background: '#ffffff', items });
  }
  return out;
}

export function bankStatementPages(
  shown: Shown,
  country: string,
  dates: PaperDates,
  pages: number,
  accountNumber: string,
  rng: Rng,
): Page[] {
  const bank = rng.pick(BANKS[country] ?? (BANKS.GB as readonly string[]));
  const d = (iso: string) => formatDate(iso, dateStyleOf(country));
  const periodEnd = addDays(dates.issued, -1);
  const periodStart = addDays(periodEnd, -rng.int(29, 30));
  const currency = CURRENCY[country] ?? 'EUR';
  const isIban = /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,}$/.test(accountNumber.toUpperCase());
  let balance = rng.uniform(2_000, 80_000);
  const out: Page[] = [];
  const perPage = 22;
  for (let page = 1; page <= pages; page++) {
    const items: PageItem[] = [
      { kind: 'rect', x: 0, y: 0, w: 595, h: 60, fill: '#123c69' },
      text(bank, 40, 38, 16, { font: 'bold', colour: '#ffffff' }),
    ];
    let y = 100;
    if (page === 1) {
      items.push(
        text('Statement of account', 40, 100, 15, { font: 'bold' }),
        ...holderBlock(shown, 130, 260),
        text(`${isIban ? 'IBAN' : 'Account number'}: ${accountNumber}`, 330, 130, 9),
        text(`Statement date: ${d(dates.issued)}`, 330, 145, 9),
        text(`Statement period: ${d(periodStart)} to ${d(periodEnd)}`, 330, 160, 9),
        text(`Currency: ${currency}`, 330, 175, 9),
        text(`Opening balance: ${money(balance)}`, 330, 190, 9),
      );
      y = 240;
    } else {
      items.push(text(`Statement of account (continued)   ${accountNumber}`, 40, 90, 10));
      y = 120;
    }
    items.push(
      { kind: 'rect', x: 40, y: y - 14, w: 515, h: 20, fill: '#e6edf5' },
      text('Date', 48, y, 9, { font: 'bold' }),
      text('Description', 130, y, 9, { font: 'bold' }),
      text('Amount', 460, y, 9, { font: 'bold', align: 'right' }),
      text('Balance', 547, y, 9, { font: 'bold', align: 'right' }),
    );
    for (let i = 0; i < perPage; i++) {
      const day = addDays(
        periodStart,
        Math.min(29, Math.floor((((page - 1) * perPage + i) / (pages * perPage)) * 30)),
      );
      const credit = rng.chance(0.35);
      const amount = credit ? rng.uniform(200, 6_000) : -rng.uniform(5, 1_500);
      balance += amount;
      const what = credit
        ? rng.pick(['Marketplace payout', 'Transfer received', 'Customer payment'])
        : rng.pick(['Card payment', 'Supplier transfer', 'Shipping services', 'Bank charge', 'Rent']);
      const rowY = y + 20 + i * 17;
      items.push(
        text(formatDate(day, dateStyleOf(country)), 48, rowY, 9),
        text(`${what} ${rng.digits(6)}`, 130, rowY, 9),
        text(money(amount), 460, rowY, 9, { align: 'right' }),
        text(money(balance), 547, rowY, 9, { align: 'right' }),
      );
    }
    items.push(...footer(page, pages, `${bank} - statement ${d(dates.issued)}`));
    out.push({ width: 595, height: 842, background: '#ffffff', items });
  }
  return out;
}

export function supplierInvoicePage(shown: Shown, country: string, dates: PaperDates, rng: Rng): Page {
  const supplier = rng.pick([
    'Yiwu Lianfa Packaging Co., Ltd.',
    'Dongguan Hengtai Electronics Co., Ltd.',
    'Ningbo Oceanwide Trading Co., Ltd.',
    'Global Source Components Limited',
    'Pacific Rim Wholesale Inc.',
  ]);
  const d = (iso: string) => formatDate(iso, dateStyleOf(country));
  const items: PageItem[] = [
    text(supplier, 40, 60, 16, { font: 'bold', colour: '#8a3b12' }),
    text(
      `Building ${rng.int(1, 20)}, Industrial Park, ${rng.pick(['Yiwu', 'Dongguan', 'Ningbo', 'Shenzhen'])}, China`,
      40,
      78,
      9,
    ),
    text('COMMERCIAL INVOICE', 555, 60, 18, { font: 'bold', align: 'right' }),
    text(`Invoice No. INV-${dates.issued.slice(0, 4)}-${rng.digits(5)}`, 555, 80, 10, { align: 'right' }),
    text(`Invoice date: ${d(dates.issued)}`, 555, 95, 10, { align: 'right' }),
    text('Bill to:', 60, 135, 10, { font: 'bold' }),
    ...holderBlock(shown, 152, 480),
    { kind: 'rect', x: 40, y: 236, w: 515, h: 20, fill: '#f3e3d3' },
    text('Item', 48, 250, 9, { font: 'bold' }),
    text('Qty', 360, 250, 9, { font: 'bold' }),
    text('Unit price', 450, 250, 9, { font: 'bold', align: 'right' }),
    text('Amount (USD)', 547, 250, 9, { font: 'bold', align: 'right' }),
  ];
  let total = 0;
  const count = rng.int(3, 9);
  for (let i = 0; i < count; i++) {
    const qty = rng.int(50, 2_000);
    const price = rng.uniform(0.4, 25);
    total += qty * price;
    const y = 272 + i * 18;
    items.push(
      text(
        rng.pick([
          'Phone case',
          'USB-C cable 1m',
          'LED desk lamp',
          'Storage box',
          'Bluetooth speaker',
          'Yoga mat',
        ]),
        48,
        y,
        9,
      ),
      text(String(qty), 360, y, 9),
      text(price.toFixed(2), 450, y, 9, { align: 'right' }),
      text(money(qty * price), 547, y, 9, { align: 'right' }),
    );
  }
  items.push(
    text('Total (USD)', 360, 300 + count * 18, 11, { font: 'bold' }),
    text(money(total), 547, 300 + count * 18, 11, { font: 'bold', align: 'right' }),
    text('Terms: T/T 30% deposit, balance before shipment. FOB Shenzhen.', 48, 360 + count * 18, 9),
    ...footer(1, 1, supplier),
  );
  return { width: 595, height: 842, background: '#ffffff', items };
}
