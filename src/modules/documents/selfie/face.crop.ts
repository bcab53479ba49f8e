import sharp from 'sharp';
import { ANALYSIS_SIDE, type FaceBox } from './face.analyzer.js';

/**
 * A face cut out of an image for the reviewer: the image is turned and scaled as it was for the
 * model (so the stored box fits), the box widened by a quarter each side, and the crop returned as a
 * JPEG at most 320 pixels wide.
 */
export async function cropFace(bytes: Uint8Array, box: FaceBox): Promise<Buffer> {
  const scaled = await sharp(bytes)
    .rotate()
    .resize({ width: ANALYSIS_SIDE, height: ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = scaled.info;
  const margin = 0.25;
  const left = Math.max(0, Math.floor(box.x - box.width * margin));
  const top = Math.max(0, Math.floor(box.y - box.height * margin));
  const right = Math.min(width, Math.ceil(box.x + box.width * (1 + margin)));
  const bottom = Math.min(height, Math.ceil(box.y + box.height * (1 + margin)));
  return sharp(scaled.data)
    .extract({ left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) })
    .resize({ width: 320, withoutEnlargement: true })
    .jpeg({ quality: 85 })
    .toBuffer();
}
