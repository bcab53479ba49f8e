import type { DetectedFace, FaceAnalysis } from './face.analyzer.js';

/**
 * The thresholds the selfie checks hold a face to. `match` is the similarity at which the selfie and
 * the ID's portrait read as one person: chosen on the labelled set of `bench/faces` (docs/selfie.md)
 * to keep false matches rare; a score is evidence for the reviewer, never an acceptance.
 */
export const SELFIE_RULES = {
  /** A face at least this share of the largest face's width is a live face; smaller ones may be the ID's portrait. */
  liveShareOfLargest: 0.6,
  /** The live face's width, as a share of the image's shorter side. */
  minFaceShare: 0.12,
  /** The live face's width in the analysed image's pixels. */
  minFacePixels: 64,
  /** Laplacian variance over the face crop (see `DetectedFace.sharpness`). */
  minSharpness: 20,
  /** Lid gap over eye width; an open eye reads about 0.25–0.4, a closed one under 0.1. */
  minEyeOpening: 0.12,
  /** The anti-spoofing model's "real" score under which a replay (screen, print) is suspected. */
  minReal: 0.5,
  /** The similarity from which the two faces read as the same person. */
  match: 0.8,
} as const;
export type SelfieRules = typeof SELFIE_RULES;

/** The selfie's faces sorted into the one live face, the portrait held in hand, and any others. */
export interface SelfieFaces {
  readonly live: readonly DetectedFace[];
  readonly heldPortrait: DetectedFace | undefined;
  readonly others: readonly DetectedFace[];
}

/** Faces as large as the largest (within `liveShareOfLargest`) are live; the next one may be the held ID. */
export function sortSelfieFaces(analysis: FaceAnalysis, rules: SelfieRules = SELFIE_RULES): SelfieFaces {
  const faces = [...analysis.faces].sort((a, b) => b.box.width - a.box.width);
  const largest = faces[0]?.box.width ?? 0;
  const live = faces.filter((f) => f.box.width >= largest * rules.liveShareOfLargest);
  const rest = faces.filter((f) => !live.includes(f));
  return { live, heldPortrait: rest[0], others: rest.slice(1) };
}

/** The one live face, when the selfie has exactly one (and at most the ID's portrait beside it). */
export function theLiveFace(
  analysis: FaceAnalysis,
  rules: SelfieRules = SELFIE_RULES,
): DetectedFace | undefined {
  const faces = sortSelfieFaces(analysis, rules);
  return faces.live.length === 1 && faces.others.length === 0 ? faces.live[0] : undefined;
}

/** The portrait on an ID image: its largest face. */
export const portraitOf = (analysis: FaceAnalysis): DetectedFace | undefined =>
  [...analysis.faces].sort((a, b) => b.box.width - a.box.width)[0];

/** What the selfie checks read: the selfie's analysis and the comparison with the ID's portrait. */
export interface SelfieEvidence {
  readonly selfie: FaceAnalysis;
  /** The government ID compared with; absent when the seller submitted none that could be read. */
  readonly id?:
    | {
        readonly documentId: string;
        /** Absent when the model found no face on the ID. */
        readonly portrait: DetectedFace | undefined;
        /** The model's reading of the ID's image, when it could be read. */
        readonly analysis?: FaceAnalysis | undefined;
      }
    | undefined;
  /** Similarity of the live face and the ID's portrait, when both exist. */
  readonly similarity?: number | undefined;
}
