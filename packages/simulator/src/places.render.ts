import type { Address } from '@secondlook/feed-contract';
import type { Place, Street } from './places.data.js';
import type { Rng } from './random.js';

/** Ways to write each street type; the first is the full word. */
const STREET_WORDS: Readonly<Record<string, readonly string[]>> = {
  road: ['Road', 'Rd', 'Rd.'],
  avenue: ['Avenue', 'Ave', 'Ave.'],
  street: ['Street', 'St', 'St.'],
  boulevard: ['Boulevard', 'Blvd', 'Blvd.'],
  drive: ['Drive', 'Dr', 'Dr.'],
  lane: ['Lane', 'Ln'],
  crescent: ['Crescent', 'Cres'],
  circuit: ['Circuit', 'Cct'],
};

const englishStreet = (rng: Rng, street: Street): string => {
  const words = STREET_WORDS[street.kind];
  return words ? `${street.name} ${rng.pick(words)}` : street.name;
};

const germanStreet = (rng: Rng, street: Street): string => {
  if (street.kind === 'joined') return street.name + rng.pick(['straße', 'str.', 'strasse']);
  if (street.kind === 'separate') return `${street.name} ${rng.pick(['Straße', 'Str.', 'Strasse'])}`;
  return `${street.name}${street.kind}`;
};

const PREFIX_WORDS: Readonly<Record<string, readonly string[]>> = {
  rue: ['Rue', 'rue', 'R.'],
  avenue: ['Avenue', 'avenue', 'Av.'],
  boulevard: ['Boulevard', 'boulevard', 'Bd'],
  calle: ['Calle', 'C/', 'C.'],
  avenida: ['Avenida', 'Avda.', 'Av.'],
  via: ['Via', 'V.', 'via'],
  corso: ['Corso', 'C.so'],
  viale: ['Viale', 'V.le'],
};

const prefixedStreet = (rng: Rng, street: Street): string =>
  `${rng.pick(PREFIX_WORDS[street.kind] ?? [street.kind])} ${street.name}`;

const unitLine = (rng: Rng, words: readonly string[], unit: string | undefined): string | undefined =>
  unit === undefined ? undefined : `${rng.pick(words)} ${unit}`;

const joinLine2 = (rng: Rng, unit: string | undefined, building: string | undefined): string | undefined => {
  if (unit && building) return rng.chance(0.7) ? `${unit}, ${building}` : `${building}, ${unit}`;
  return unit ?? building;
};

const chinese = (
  rng: Rng,
  place: Place,
  han: boolean,
): Pick<Address, 'line1' | 'line2' | 'city' | 'region'> => {
  if (han && place.street.han && place.cityHan) {
    const line2 = `${place.building?.han ?? ''}${place.unit ? `${place.unit}室` : ''}`;
    return {
      line1: `${place.districtHan ?? ''}${place.street.han}${place.number}号`,
      ...(line2 ? { line2 } : {}),
      city: place.cityHan,
      ...(place.regionHan ? { region: place.regionHan } : {}),
    };
  }
  const street = englishStreet(rng, place.street);
  const n = place.number;
  const line1 = rng.pick([
    `No. ${n} ${street}`,
    `${n} ${street}`,
    `${street} No. ${n}`,
    `No.${n}, ${street}`,
  ]);
  const unit = unitLine(rng, ['Room', 'Rm', 'Rm.', 'Unit', 'Room No.'], place.unit);
  const line2 = joinLine2(rng, unit, place.building?.name);
  return {
    line1,
    ...(line2 ? { line2 } : {}),
    city: place.city,
    ...(place.region ? { region: rng.chance(0.8) ? place.region : `${place.region} Province` } : {}),
  };
};

const hongKong = (rng: Rng, place: Place): Pick<Address, 'line1' | 'line2'> => {
  const floor =
    place.floor === undefined
      ? ''
      : rng.pick([`${place.floor}/F`, `${place.floor}/F.`, `Floor ${place.floor}`]);
  const flat = unitLine(rng, ['Flat', 'Rm', 'Room', 'Unit'], place.unit);
  const unit = [flat, floor].filter(Boolean).join(', ');
  const line2 = joinLine2(rng, unit || undefined, place.building?.name);
  return { line1: `${place.number} ${englishStreet(rng, place.street)}`, ...(line2 ? { line2 } : {}) };
};

const OFFICE_WORDS: Readonly<Record<string, readonly string[]>> = {
  US: ['Suite', 'Ste', 'Ste.', '#', 'STE'],
  GB: ['Suite', 'Unit', 'Office'],
  DE: ['Büro', 'Whg.', 'Wohnung'],
  FR: ['Bureau', 'Apt', 'Appartement'],
  ES: ['Oficina', 'Of.', 'Local'],
  IT: ['Interno', 'Int.', 'int.'],
  JP: ['Room', 'Rm', '#'],
};

const HOME_WORDS: Readonly<Record<string, readonly string[]>> = {
  US: ['Apt', 'Apt.', '#', 'Unit'],
  GB: ['Flat', 'Apartment'],
  DE: ['Whg.', 'Wohnung'],
  FR: ['Apt', 'Appartement'],
  ES: ['Puerta', 'Pta.'],
  IT: ['Interno', 'Int.'],
  JP: ['Room', '#'],
};

const western = (rng: Rng, place: Place): Pick<Address, 'line1' | 'line2'> => {
  const n = place.number;
  let line1: string;
  switch (place.country) {
    case 'DE':
      line1 = `${germanStreet(rng, place.street)} ${n}`;
      break;
    case 'FR':
      line1 = rng.chance(0.5)
        ? `${n} ${prefixedStreet(rng, place.street)}`
        : `${n}, ${prefixedStreet(rng, place.street)}`;
      break;
    case 'ES':
    case 'IT':
      line1 = `${prefixedStreet(rng, place.street)}${rng.chance(0.5) ? ',' : ''} ${n}`;
      break;
    case 'JP':
      line1 = rng.chance(0.5) ? `${n} ${place.street.name}` : `${place.street.name} ${n}`;
      break;
    default:
      line1 = `${n} ${englishStreet(rng, place.street)}`;
  }
  const words = (place.isHome ? HOME_WORDS : OFFICE_WORDS)[place.country] ?? ['Unit'];
  const unit = unitLine(rng, words, place.unit);
  const line2 = joinLine2(rng, unit, place.building?.name);
  return { line1, ...(line2 ? { line2 } : {}) };
};

export const renderPlace = (rng: Rng, place: Place, allowHan: boolean): Address => {
  const lines =
    place.country === 'CN'
      ? chinese(rng, place, allowHan)
      : place.country === 'HK'
        ? { ...hongKong(rng, place), city: place.city }
        : { ...western(rng, place), city: place.city, ...(place.region ? { region: place.region } : {}) };
  return {
    ...lines,
    ...(place.postalCode ? { postal_code: place.postalCode } : {}),
    country: place.country,
  };
};
