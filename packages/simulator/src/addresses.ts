import type { Address } from '@secondlook/feed-contract';
import type { Country, RegistrationCountry } from './countries.js';
import { type City, CN_CITIES, HK_CITIES, type Place } from './places.data.js';
import {
  DE_CITIES,
  ES_CITIES,
  FR_CITIES,
  GB_CITIES,
  IT_CITIES,
  JP_CITIES,
  US_CITIES,
} from './places.intl.data.js';
import { renderPlace } from './places.render.js';
import type { Rng } from './random.js';

export type { Place } from './places.data.js';

const CITIES: Record<RegistrationCountry, readonly City[]> = {
  CN: CN_CITIES,
  HK: HK_CITIES,
  US: US_CITIES,
  GB: GB_CITIES,
  DE: DE_CITIES,
  FR: FR_CITIES,
  ES: ES_CITIES,
  IT: IT_CITIES,
  JP: JP_CITIES,
};

const streetNumber = (rng: Rng, country: RegistrationCountry): string => {
  switch (country) {
    case 'US':
      return String(rng.int(100, 9999));
    case 'JP':
      return `${rng.int(1, 6)}-${rng.int(1, 30)}-${rng.int(1, 20)}`;
    case 'CN':
      return String(rng.int(1, 999));
    default:
      return String(rng.int(1, 180));
  }
};

/** A unit within a building, distinct draws give distinct units with high probability. */
export const randomUnit = (rng: Rng, country: RegistrationCountry): { floor?: number; unit: string } => {
  switch (country) {
    case 'CN':
    case 'JP':
      return { unit: `${rng.int(2, 39)}${String(rng.int(1, 20)).padStart(2, '0')}` };
    case 'HK':
      return { floor: rng.int(2, 38), unit: rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) };
    case 'US':
      return { unit: String(rng.int(100, 9999)) };
    default:
      return { unit: String(rng.int(1, 450)) };
  }
};

/** A place in `country` (in `cityName` when given and known). */
export const randomPlace = (
  rng: Rng,
  country: RegistrationCountry,
  withUnit: boolean,
  cityName?: string,
): Place => {
  const inCity = cityName ? CITIES[country].filter((c) => c.name === cityName) : [];
  const city = rng.pick(inCity.length > 0 ? inCity : CITIES[country]);
  const place: Place = {
    country,
    city: city.name,
    street: rng.pick(city.streets),
    number: streetNumber(rng, country),
  };
  if (city.han) place.cityHan = city.han;
  if (city.region) place.region = city.region;
  if (city.regionHan) place.regionHan = city.regionHan;
  if (city.districtHan) place.districtHan = city.districtHan;
  const postal = city.postalCodes.length > 0 ? rng.pick(city.postalCodes) : undefined;
  if (postal) place.postalCode = postal;
  if (city.buildings && (country === 'CN' || country === 'HK' || rng.chance(0.3)))
    place.building = rng.pick(city.buildings);
  if (withUnit || country === 'CN' || country === 'HK') Object.assign(place, randomUnit(rng, country));
  return place;
};

/** Identity of a place down to the unit: two sellers with the same key are at the same address. */
export const placeKey = (place: Place): string =>
  [
    place.country,
    place.city,
    place.street.name,
    place.number,
    place.building?.name ?? '',
    place.floor ?? '',
    place.unit ?? '',
  ].join('|');

/** Identity of the building only (no unit). */
export const buildingKey = (place: Place): string => placeKey({ ...place, floor: undefined, unit: '' });

/** The place as a feed `Address`, written one of the ways people write it. */
export const renderAddress = (rng: Rng, place: Place, allowHan: boolean): Address =>
  renderPlace(rng, place, allowHan);

/** A warehouse location as free text, for shipments that leave from somewhere other than the registered address. */
export const warehouseText = (rng: Rng, country: Country): string => {
  const cities: Partial<Record<Country, readonly string[]>> = {
    CN: [
      "Bao'an District, Shenzhen",
      'Longgang District, Shenzhen',
      'Dongguan',
      'Yiwu',
      'Baiyun District, Guangzhou',
    ],
    HK: ['Kwai Chung, New Territories', 'Tsuen Wan, New Territories'],
    US: ['Ontario, CA', 'Edison, NJ', 'Houston, TX', 'Reno, NV'],
    GB: ['Milton Keynes', 'Daventry', 'Birmingham'],
    DE: ['Duisburg', 'Hamburg', 'Leipzig'],
    FR: ['Lille', 'Lyon', 'Orléans'],
    ES: ['Zaragoza', 'Madrid', 'Valencia'],
    IT: ['Piacenza', 'Milano', 'Bologna'],
    JP: ['Ichikawa, Chiba', 'Osaka', 'Sagamihara, Kanagawa'],
    VN: ['Binh Tan District, Ho Chi Minh City', 'Long Bien District, Hanoi'],
    TR: ['Esenyurt, Istanbul', 'Bagcilar, Istanbul'],
    IN: ['Bhiwandi, Maharashtra', 'Okhla Industrial Area, New Delhi'],
  };
  const list = cities[country] ?? ['Industrial Park'];
  return `Warehouse ${rng.int(1, 30)}, ${rng.pick(list)}, ${country}`;
};
