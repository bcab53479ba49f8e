import type { Address } from '@secondlook/feed-contract';
import type { Rng } from '../random.js';
import type { BenignVariant, DefectKind, SellerProfile } from './documents.types.js';
import { abbreviateAddress, abbreviateCompany } from './format.js';
import { hasCjkFont } from './page.render.js';

/** The seller's values as one document prints them, after benign variations and defects. */
export interface Shown {
  script: 'latin' | 'han';
  surname: string;
  given: string;
  /** The person's name as a certificate or bill writes it. */
  personName: string;
  /** The company's legal name (business sellers), else the person's name. */
  holderName: string;
  registrationNumber?: string;
  address: Address;
  dateOfBirth: string;
  idNumber: string;
  nationality: string;
  sex: 'M' | 'F';
}

const HAN = /\p{Script=Han}/u;
const SURNAME_FIRST = new Set(['CN', 'HK', 'JP']);

/** The script the seller's own records are in, for the document's issuer country. */
const recordScript = (profile: SellerProfile): 'latin' | 'han' => {
  const r = profile.record;
  const text = `${r.business?.legal_name ?? ''}${(r.business?.address ?? r.address)?.line1 ?? ''}`;
  return HAN.test(text) ? 'han' : 'latin';
};

/** Whether the document can be printed in the other script than the records. */
const canFlipScript = (profile: SellerProfile): boolean => {
  if (recordScript(profile) === 'han') return true;
  return (
    hasCjkFont && Boolean(profile.han?.address && (profile.record.business ? profile.han.legalName : true))
  );
};

export interface ShownOptions {
  profile: SellerProfile;
  /** The script an issuer of this document uses (passports: always latin). */
  script?: 'latin' | 'han';
  variations: readonly BenignVariant[];
  defect?: DefectKind;
  /** Another seller whose name or address a mismatched document carries. */
  donor?: SellerProfile;
  rng: Rng;
}

export function shownValues(options: ShownOptions): Shown {
  const { profile, variations, defect, donor } = options;
  const has = (v: BenignVariant) => variations.includes(v);
  const natural = recordScript(profile);
  const flipped = natural === 'han' ? 'latin' : 'han';
  const wanted = options.script ?? (has('script') && canFlipScript(profile) ? flipped : natural);
  // Without a CJK font nothing is printed in 汉字: the Latin spelling stands in.
  const script = wanted === 'han' && !hasCjkFont ? 'latin' : wanted;
  const person = defect === 'name_mismatch' && donor ? donor : profile;
  const place = defect === 'address_mismatch' && donor ? donor : profile;
  const record = profile.record;
  const registered = (p: SellerProfile) => p.record.business?.address ?? p.record.address;

  const pickAddress = (p: SellerProfile): Address => {
    const own = registered(p);
    const ownScript = own && HAN.test(own.line1 ?? '') ? 'han' : 'latin';
    if (own && ownScript === script) return own;
    const other = script === 'han' ? p.han?.address : p.latin.address;
    return other ?? own ?? { line1: '', city: '', country: p.record.business?.country ?? 'CN' };
  };
  const pickLegal = (p: SellerProfile): string | undefined => {
    const own = p.record.business?.legal_name;
    if (!own) return undefined;
    if ((HAN.test(own) ? 'han' : 'latin') === script) return own;
    return (script === 'han' ? p.han?.legalName : p.latin.legalName) ?? own;
  };
  const surnameFirst = SURNAME_FIRST.has(person.person.nationality);
  const { surname, given } = person.latin;
  let personName =
    script === 'han' && person.han?.repName
      ? person.han.repName
      : surnameFirst
        ? `${surname} ${given}`
        : `${given} ${surname}`;
  if (has('word_order') && !HAN.test(personName))
    personName = surnameFirst ? `${given} ${surname}` : `${surname}, ${given}`;

  let address = { ...pickAddress(place) };
  let legalName = pickLegal(defect === 'name_mismatch' && donor?.record.business ? donor : profile);
  if (has('abbreviation')) {
    address = {
      ...address,
      line1: abbreviateAddress(address.line1 ?? ''),
      ...(address.line2 ? { line2: abbreviateAddress(address.line2) } : {}),
    };
    if (legalName) legalName = abbreviateCompany(legalName);
  }
  if (has('word_order') && address.line2)
    address = { ...address, line1: address.line2, line2: address.line1 };
  if (has('case')) {
    address = {
      ...address,
      line1: address.line1?.toUpperCase(),
      ...(address.line2 ? { line2: address.line2.toUpperCase() } : {}),
      city: address.city?.toUpperCase(),
    };
    if (legalName) legalName = legalName.toUpperCase();
    personName = personName.toUpperCase();
  }
  const registration = record.business?.registration_number;
  return {
    script,
    surname,
    given,
    personName,
    holderName: legalName ?? personName,
    ...(registration ? { registrationNumber: registration.toUpperCase() } : {}),
    address,
    dateOfBirth: person.person.dateOfBirth,
    idNumber: person.person.idNumber,
    nationality: person.person.nationality,
    sex: person.person.sex,
  };
}
