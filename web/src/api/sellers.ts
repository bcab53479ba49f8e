import type { Http } from './http';
import type { PolicyView, SalesSeries, SellerView } from './types';

/** What staff read about a seller, and the policy. */
export interface SellersApi {
  seller(sellerId: string): Promise<SellerView>;
  /** A seller's daily orders and revenue, `from` to `to` (ISO dates), staff only. */
  sellerSales(sellerId: string, from: string, to: string): Promise<SalesSeries>;
  policy(): Promise<PolicyView>;
  /** Makes `policy` the active version (admins); the API validates it. */
  savePolicy(policy: PolicyView): Promise<PolicyView>;
}

export const sellersApi = ({ client, unwrap }: Http): SellersApi => ({
  seller: (sellerId) => unwrap(client.GET('/v1/sellers/{sellerId}', { params: { path: { sellerId } } })),
  sellerSales: (sellerId, from, to) =>
    unwrap(
      client.GET('/v1/sellers/{sellerId}/sales', { params: { path: { sellerId }, query: { from, to } } }),
    ),
  policy: () => unwrap(client.GET('/v1/policy')),
  savePolicy: (policy) =>
    unwrap(client.PUT('/v1/policy', { body: policy as unknown as Record<string, unknown> })),
});
