import { openImage } from './image.js';

// A perceptual hash of a page: the same photo re-saved, resized or lightly edited keeps a close
// hash, so the authenticity checks can see one image sent for two sellers.

/** dHash: 9×8 greyscale, one bit per horizontal neighbour pair (left brighter than right). */
export async function differenceHash(bytes: Uint8Array): Promise<string> {
  const data = await openImage(bytes)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize(9, 8, { fit: 'fill' })
    .raw()
    .toBuffer();
  let hash = 0n;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      hash = (hash << 1n) | ((data[y * 9 + x] ?? 0) > (data[y * 9 + x + 1] ?? 0) ? 1n : 0n);
    }
  }
  return hash.toString(16).padStart(16, '0');
}

/** Bits that differ between two dHashes: 0 identical, ≤ 10 of 64 near-identical. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (diff > 0n) {
    bits += Number(diff & 1n);
    diff >>= 1n;
  }
  return bits;
}
