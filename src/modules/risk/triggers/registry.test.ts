import { describe, expect, it } from 'vitest';
import { TRIGGER_DEFINITIONS, TRIGGER_IDS } from './registry.js';

describe('the trigger registry', () => {
  it('lists a definition for every id, in the same order', () => {
    expect(TRIGGER_DEFINITIONS.map((definition) => definition.id)).toEqual([...TRIGGER_IDS]);
  });
});
