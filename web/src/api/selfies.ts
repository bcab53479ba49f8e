import type { Http } from './http';
import type { paths } from './schema';
import type { JsonOf } from './types';

export type SelfieView = JsonOf<paths['/v1/cases/{caseId}/selfies']['get']['responses'][200]>['data'][number];

/** Selfies holding the ID: the seller takes one; staff see the two faces side by side. */
export interface SelfiesApi {
  /** A selfie holding the ID, for a live requirement that accepts one; checked at once. */
  takeSelfie(caseId: string, material: string, image: Blob): Promise<SelfieView>;
  selfies(caseId: string): Promise<SelfieView[]>;
  /** A face crop for the reviewer: the selfie's face or the ID's portrait (JPEG). */
  selfieFace(selfieId: string, which: 'selfie' | 'id'): Promise<Blob>;
}

export function selfiesApi({ client, unwrap, raw }: Http): SelfiesApi {
  return {
    async takeSelfie(caseId, material, image) {
      const form = new FormData();
      form.append('file', image, 'selfie.jpg');
      const path = `/v1/cases/${caseId}/requirements/${encodeURIComponent(material)}/selfie`;
      return (await (await raw('POST', path, form)).json()) as SelfieView;
    },
    selfies: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/selfies', { params: { path: { caseId } } }))).data,
    selfieFace: async (selfieId, which) =>
      (await raw('GET', `/v1/selfies/${selfieId}/faces/${which}`)).blob(),
  };
}
