import { renderLegalName } from '../business.js';
import { makeMarketCalendar, makeWindow } from '../calendar.js';
import { DEFAULT_AS_OF, DEFAULT_DAYS } from '../marketplace.sim.js';
import { renderName } from '../names.js';
import { renderPlace } from '../places.render.js';
import { planMarketplace } from '../plan.js';
import { Rng } from '../random.js';
import { Registry } from '../registry.js';
import { buildSeller, type SimSeller } from '../sellers.sim.js';
import type { SellerProfile } from './documents.types.js';

/** The profile documents are drawn from: the feed record plus what the simulation knows behind it. */
export const profileOf = (sim: SimSeller, seed: number): SellerProfile => {
  const rng = Rng.of(seed, 'profile', sim.plan.index);
  const { person } = sim.rep;
  const { name } = person;
  const latinAddress = renderPlace(rng, sim.place, false);
  const hanAddress =
    sim.place.cityHan && sim.place.street.han ? renderPlace(rng, sim.place, true) : undefined;
  const company = sim.company;
  const hanLegal = company?.brandHan && company.cityHan ? renderLegalName(company, 'native') : undefined;
  const han =
    name.hanSurname || hanLegal || hanAddress
      ? {
          ...(name.hanSurname && name.hanGiven ? { repName: name.hanSurname + name.hanGiven } : {}),
          ...(hanLegal ? { legalName: hanLegal } : {}),
          ...(hanAddress ? { address: hanAddress } : {}),
        }
      : undefined;
  return {
    record: sim.record,
    person: {
      sex: person.sex,
      dateOfBirth: person.dateOfBirth,
      idNumber: person.idNumber,
      idType: person.idType,
      nationality: name.nationality,
    },
    latin: {
      repName: renderName(rng, name, 'latin'),
      surname: name.surname,
      given: name.given,
      ...(company ? { legalName: renderLegalName(company, 'english') } : {}),
      address: latinAddress,
    },
    ...(han ? { han } : {}),
  };
};

/** `count` seller profiles of the simulated marketplace for `seed` (the same sellers `generate` writes). */
export const simulateSellerProfiles = (
  seed: number,
  count: number,
  asOf = DEFAULT_AS_OF,
): SellerProfile[] => {
  const window = makeWindow(asOf, DEFAULT_DAYS);
  const calendar = makeMarketCalendar(window);
  const registry = new Registry();
  const plan = planMarketplace(seed, count, window, calendar, registry);
  return plan.sellers.map((sellerPlan) => profileOf(buildSeller(seed, sellerPlan, window, registry), seed));
};
