import { createContext, useContext, useMemo } from 'react';
import { call as callApi } from '../api/http';
import type { paths } from '../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
export type LegalHoldView = JsonOf<
  paths['/v1/sellers/{sellerId}/legal-holds']['get']['responses'][200]
>['data'][number];
export type ErasureReport = JsonOf<paths['/v1/sellers/{sellerId}/erasure']['post']['responses'][200]>;

/** The privacy calls of the web UI: the seller's archive, legal holds, erasure. */
export interface PrivacyApi {
  /** The zip of everything held about the seller, and the file name the server gave it. */
  archive(sellerId: string): Promise<{ blob: Blob; filename: string }>;
  holds(sellerId: string): Promise<LegalHoldView[]>;
  placeHold(sellerId: string, reason: string): Promise<LegalHoldView>;
  liftHold(sellerId: string, holdId: string, reason: string): Promise<LegalHoldView>;
  erase(sellerId: string, reason?: string): Promise<ErasureReport>;
}

function createPrivacyApi(baseUrl = ''): PrivacyApi {
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    callApi(method, `${baseUrl}${path}`, body);
  const seller = (sellerId: string) => `/v1/sellers/${encodeURIComponent(sellerId)}`;
  return {
    async archive(sellerId) {
      const response = await call('GET', `${seller(sellerId)}/archive`);
      const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
      return { blob: await response.blob(), filename: named?.[1] ?? `${sellerId}.zip` };
    },
    async holds(sellerId) {
      return (
        (await (await call('GET', `${seller(sellerId)}/legal-holds`)).json()) as { data: LegalHoldView[] }
      ).data;
    },
    async placeHold(sellerId, reason) {
      return (await call('POST', `${seller(sellerId)}/legal-holds`, { reason })).json();
    },
    async liftHold(sellerId, holdId, reason) {
      return (await call('POST', `${seller(sellerId)}/legal-holds/${holdId}/lift`, { reason })).json();
    },
    async erase(sellerId, reason) {
      return (await call('POST', `${seller(sellerId)}/erasure`, reason ? { reason } : {})).json();
    },
  };
}

/** Tests hand in a fake; the app calls the API with the session cookie. */
export const PrivacyApiContext = createContext<PrivacyApi | undefined>(undefined);

export function usePrivacyApi(): PrivacyApi {
  const given = useContext(PrivacyApiContext);
  return useMemo(() => given ?? createPrivacyApi(), [given]);
}

/** Saves a blob as a file through a temporary link (the browser's own download). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
