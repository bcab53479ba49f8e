import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('reads parameters and refuses other shapes', () => {
    expect(matchPath('/office/cases/:caseId', '/office/cases/abc')).toEqual({ caseId: 'abc' });
    expect(matchPath('/office/cases/:caseId', '/office/cases/abc/more')).toBeUndefined();
    expect(matchPath('/office/cases/:caseId', '/seller/cases/abc')).toBeUndefined();
    expect(matchPath('/seller', '/seller/')).toEqual({});
  });
});
