import { describe, expect, it } from 'vitest';
import { boxAsGiven } from './image.orientation.js';

describe('a box read on a turned image, placed on the image as uploaded', () => {
  const box = { x: 0.1, y: 0.2, width: 0.3, height: 0.1 };
  const near = (actual: object, expected: Record<string, number>) => {
    for (const [key, value] of Object.entries(expected))
      expect((actual as Record<string, number>)[key]).toBeCloseTo(value, 9);
  };

  it('undoes a half turn', () =>
    near(boxAsGiven(box, { degrees: 180, mirrored: false }), { x: 0.6, y: 0.7, width: 0.3, height: 0.1 }));

  it('undoes a quarter turn clockwise: the turned image’s top left was the upload’s bottom left', () =>
    near(boxAsGiven({ x: 0, y: 0, width: 0.5, height: 0.25 }, { degrees: 90, mirrored: false }), {
      x: 0,
      y: 0.5,
      width: 0.25,
      height: 0.5,
    }));

  it('undoes three quarter turns', () =>
    near(boxAsGiven({ x: 0, y: 0, width: 0.5, height: 0.25 }, { degrees: 270, mirrored: false }), {
      x: 0.75,
      y: 0,
      width: 0.25,
      height: 0.5,
    }));

  it('undoes a mirror', () =>
    near(boxAsGiven(box, { degrees: 0, mirrored: true }), { x: 0.6, y: 0.2, width: 0.3, height: 0.1 }));
});
