import { createAssociationIndex } from './association.index.js';
import type { AssociationEvent, AssociationSeller } from './association.types.js';

const NAMES = [
  'Alice Brown',
  'Carlos Diaz',
  'Emma Fischer',
  'Hiroshi Tanaka',
  'Ingrid Larsen',
  'Kwame Mensah',
  'Lucia Romano',
  'Nadia Petrova',
  'Oscar Quintero',
  'Priya Raman',
  'Samuel Okafor',
  'Yara Haddad',
];

/**
 * A seller whose every identifier is its own: date of birth, ID, registration number, address,
 * phone, e-mail and bank account all differ between two calls with different `n` (names repeat
 * every 12, as common names do).
 */
export function sellerFixture(n: number, overrides: Partial<AssociationSeller> = {}): AssociationSeller {
  const id = `S${String(n).padStart(6, '0')}`;
  const digits = String(n).padStart(4, '0');
  return {
    seller_id: id,
    status: 'active',
    legal_rep: {
      full_name: NAMES[n % NAMES.length] ?? 'Alice Brown',
      date_of_birth: new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10),
      nationality: 'CN',
      id_type: 'passport',
      id_number: `E7${digits}${digits.split('').reverse().join('')}`,
    },
    business: {
      registration_number: `9144030${digits}MA5F${digits}`,
      country: 'CN',
      address: {
        line1: `${100 + n} Unique ${NAMES[n % NAMES.length]?.split(' ')[1]} Road`,
        line2: `Room ${n}`,
        city: `City${n}`,
        country: 'CN',
      },
    },
    contact: { email: `owner${n}@example.com`, phone: `+86 139 ${digits} ${digits}` },
    bank: { account_number: `6222 0210 ${digits} ${digits}`, country: 'CN' },
    ...overrides,
  };
}

/** An index over these sellers and events, built the way the scan builds it. */
export const indexOf = (sellers: AssociationSeller[], events: AssociationEvent[] = []) => {
  const index = createAssociationIndex();
  for (const s of sellers) index.addSeller(s);
  for (const e of events) index.addEvent(e);
  return index;
};
export const login = (
  sellerId: string,
  deviceId: string,
  ip = `10.0.${sellerId.length}.1`,
): AssociationEvent => ({
  seller_id: sellerId,
  type: 'login',
  ip,
  device_id: deviceId,
});
