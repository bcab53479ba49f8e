/** A box in the analysed image's pixels, origin top left. */
export interface FaceBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One face the model found, with the measurements the selfie checks read. */
export interface DetectedFace {
  readonly box: FaceBox;
  /** The detector's confidence, 0–1. */
  readonly score: number;
  /** Eye opening (lid gap over eye width) of the left and right eye; absent without a face mesh. */
  readonly eyes?: { readonly left: number; readonly right: number } | undefined;
  /** Variance of the Laplacian over the face crop, on a 112-pixel-wide grey copy: low is blurred. */
  readonly sharpness: number;
  /** The anti-spoofing model's "real face" score, 0–1 (low: a photo of a screen or a print). */
  readonly real?: number | undefined;
  /** The liveness model's score, 0–1. */
  readonly live?: number | undefined;
  /** The face's embedding, for `similarity`; never stored. */
  readonly embedding: readonly number[];
}

/** What the face model saw in one image. */
export interface FaceAnalysis {
  /** The analysed image's size (after EXIF rotation). */
  readonly width: number;
  readonly height: number;
  /** Largest first. */
  readonly faces: readonly DetectedFace[];
  /** The model's own name and version, kept with the result. */
  readonly model: string;
}

/**
 * The face model behind a port: the checks are pure functions of its output, and the real adapter
 * (`adapters/faces`) runs a CPU model shipped inside an npm package, loaded from node_modules.
 */
export interface FaceAnalyzer {
  /** Faces in a JPEG or PNG; rejects with `FaceImageError` when the image cannot be decoded. */
  analyze(image: Uint8Array): Promise<FaceAnalysis>;
  /** Similarity of two faces' embeddings, 0 (different) to 1 (identical). */
  similarity(a: DetectedFace, b: DetectedFace): number;
}

/** The image could not be read (corrupt, not an image) or is too large to decode safely. */
export class FaceImageError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'too_large',
    message: string,
  ) {
    super(message);
    this.name = 'FaceImageError';
  }
}

/** The longest side, in pixels, an image is scaled down to before the model sees it. */
export const ANALYSIS_SIDE = 1280;
/** Images above this many pixels are refused before decoding (a decompression bomb). */
export const MAX_SELFIE_PIXELS = 64_000_000;
