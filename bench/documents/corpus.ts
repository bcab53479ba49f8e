/**
 * The corpus of the document benchmarks: submissions drawn from the simulated marketplace by the
 * document generator, each defect kind `perKind` times and `benign` clean ones with benign
 * variations. The generator never looks at the checks: what it plants is what sellers submit.
 */
import {
  BENIGN_VARIANTS,
  type BenignVariant,
  DEFECT_KINDS,
  type DefectKind,
  defectObstacle,
  Rng,
  type Scenario,
  type SellerProfile,
  simulateSellerProfiles,
  submissionObstacle,
} from '@secondlook/simulator';

const SCENARIOS: readonly Scenario[] = [
  'registration_mismatch',
  'account_association',
  'identity_verification',
  'sales_anomaly',
];

/** The scenarios (requirement sets) in which a defect can occur. */
const DEFECT_SCENARIOS: Readonly<Record<DefectKind, readonly Scenario[]>> = {
  name_mismatch: SCENARIOS,
  address_mismatch: ['registration_mismatch'],
  expired: ['identity_verification', 'account_association', 'registration_mismatch'],
  too_old: ['registration_mismatch', 'sales_anomaly'],
  blurred: SCENARIOS,
  greyscale: ['registration_mismatch', 'account_association', 'identity_verification'],
  low_resolution: SCENARIOS,
  cropped: SCENARIOS,
  tampered_check_digit: ['identity_verification', 'account_association'],
  edited_pdf_metadata: ['registration_mismatch', 'sales_anomaly'],
  reused_image: ['identity_verification', 'account_association', 'registration_mismatch'],
  missing_page: ['registration_mismatch'],
  missing_id_side: ['identity_verification', 'account_association'],
  pdf_incremental_update: ['registration_mismatch', 'sales_anomaly'],
};

interface PlannedSubmission {
  index: number;
  profile: SellerProfile;
  scenario: Scenario;
  defect?: DefectKind;
  variations: BenignVariant[];
}

export interface CorpusPlan {
  profiles: SellerProfile[];
  submissions: PlannedSubmission[];
  /** Sellers left out because their documents need Chinese OCR, by reason. */
  excluded: Record<string, number>;
}

export function planCorpus(options: {
  seed: number;
  perKind: number;
  benign: number;
  allowHan: boolean;
  kinds?: readonly DefectKind[];
}): CorpusPlan {
  const rng = Rng.of(options.seed, 'corpus');
  const profiles = simulateSellerProfiles(
    options.seed,
    Math.max(200, (options.perKind * 13 + options.benign) * 2),
  );
  const order = rng.shuffle([...profiles]);
  let cursor = 0;
  const excludedSellers: Record<string, Set<string>> = {};
  const next = (scenario: Scenario, defect?: DefectKind): SellerProfile => {
    for (let tries = 0; tries < order.length; tries++) {
      const profile = order[cursor++ % order.length]!;
      const obstacle = submissionObstacle(profile, scenario, options.allowHan);
      if (obstacle) {
        const sellers = excludedSellers[obstacle] ?? new Set<string>();
        sellers.add(profile.record.seller_id);
        excludedSellers[obstacle] = sellers;
        continue;
      }
      if (defect && defectObstacle(profile, scenario, defect)) continue;
      return profile;
    }
    throw new Error(`no seller fits ${scenario}/${defect}`);
  };
  const submissions: PlannedSubmission[] = [];
  for (let i = 0; i < options.benign; i++) {
    const scenario = SCENARIOS[i % SCENARIOS.length]!;
    const count = rng.weighted([
      [0, 30],
      [1, 45],
      [2, 25],
    ] as const);
    const variations = rng.shuffle([...BENIGN_VARIANTS]).slice(0, count);
    submissions.push({ index: submissions.length, profile: next(scenario), scenario, variations });
  }
  for (const defect of options.kinds ?? DEFECT_KINDS) {
    for (let i = 0; i < options.perKind; i++) {
      const scenario = rng.pick(DEFECT_SCENARIOS[defect]);
      // A defect rides on an otherwise ordinary upload: sometimes tilted, noisy or photographed.
      const variations = rng.chance(0.3)
        ? [rng.pick(['rotation', 'jpeg_noise', 'photo_background'] as const)]
        : [];
      submissions.push({
        index: submissions.length,
        profile: next(scenario, defect),
        scenario,
        defect,
        variations,
      });
    }
  }
  const excluded = Object.fromEntries(Object.entries(excludedSellers).map(([k, v]) => [k, v.size]));
  return { profiles, submissions, excluded };
}
