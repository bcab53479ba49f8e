import { DEFAULT_AS_OF } from '../marketplace.sim.js';
import { hashPath, Rng } from '../random.js';
import type {
  BenignVariant,
  DefectKind,
  GeneratedDocument,
  GeneratedSubmission,
  Scenario,
  SellerProfile,
} from './documents.types.js';
import { generateDocument } from './submission.document.js';
import { countryOf, defectTargets, documentTypes, SCENARIO_RULES } from './submission.rules.js';

/**
 * One submission: the documents a seller would upload for a requirement set, with at most one
 * planted defect and any benign variations, and the truth about it.
 */

export interface GenerateSubmissionOptions {
  profile: SellerProfile;
  scenario: Scenario;
  seed: number;
  /** Reference date `YYYY-MM-DD` (default the simulation's). */
  asOf?: string;
  defect?: DefectKind;
  variations?: readonly BenignVariant[];
  /** Other sellers, whose names and addresses mismatched documents carry. */
  donors?: readonly SellerProfile[];
  /** For `reused_image`: an image document generated earlier for another seller. */
  reuseFrom?: { profile: SellerProfile; document: GeneratedDocument };
  /** Whether 汉字 documents may be produced (false: only Latin-script documents, for eng-only OCR). */
  allowHan?: boolean;
}

export async function generateSubmission(options: GenerateSubmissionOptions): Promise<GeneratedSubmission> {
  const { profile, scenario, defect } = options;
  const variations = [...(options.variations ?? [])];
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const allowHan = options.allowHan ?? true;
  const rng = Rng.of(options.seed, 'submission', profile.record.seller_id, scenario);
  const types = documentTypes(profile, scenario, rng.fork('types'), allowHan);
  const reuseType = options.reuseFrom?.document.type;
  const candidates = defect
    ? defectTargets(profile, types, defect).filter((t) => !reuseType || t === reuseType)
    : [];
  const preferred =
    defect === 'greyscale' ? candidates.filter((t) => SCENARIO_RULES[scenario][t]?.colour) : candidates;
  const target = defect ? rng.pick(preferred.length > 0 ? preferred : candidates) : undefined;
  if (defect && !target)
    throw new Error(`cannot plant ${defect} in ${scenario} for ${profile.record.seller_id}`);
  const donors = (options.donors ?? []).filter((d) => d.record.seller_id !== profile.record.seller_id);
  // A business's documents name a business: a mismatched one carries another company's name.
  const sameKind = donors.filter((d) => Boolean(d.record.business) === Boolean(profile.record.business));
  const sameCountry = sameKind.filter((d) => countryOf(d) === countryOf(profile));
  const donor = sameKind.length > 0 ? rng.pick(sameCountry.length > 0 ? sameCountry : sameKind) : undefined;
  const documents: GeneratedDocument[] = [];
  for (const type of types) {
    const isTarget = type === target;
    const docRng = rng.fork('document', type);
    const captureSeed =
      isTarget && defect === 'reused_image' && options.reuseFrom
        ? options.reuseFrom.document.captureSeed
        : hashPath([options.seed, profile.record.seller_id, type, 'capture']);
    documents.push(
      await generateDocument({
        profile,
        type,
        rules: SCENARIO_RULES[scenario][type] ?? {},
        asOf,
        rng: docRng,
        captureSeed,
        variations,
        allowHan,
        ...(isTarget && defect ? { defect } : {}),
        ...(donor ? { donor } : {}),
        ...(isTarget && options.reuseFrom ? { reuseFrom: options.reuseFrom } : {}),
      }),
    );
  }
  const applied = [...new Set(documents.flatMap((d) => d.variations))];
  return {
    seller: profile.record,
    scenario,
    documents,
    truth: { defects: defect ? [defect] : [], variations: applied, expect: defect ? 'fail' : 'pass' },
  };
}
