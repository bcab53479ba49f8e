import type { Http } from './http';
import type {
  ApiKeyView,
  AuditVerification,
  CreatedUser,
  DeliveryPage,
  DeliveryView,
  NewApiKey,
  NewSubscription,
  NewUserBody,
  RotatedApiKey,
  ScheduledAuditCheck,
  SubscriptionView,
  UserView,
} from './types';

/** Webhooks, users and API keys, the audit chain: admins and integrations. */
export interface AdminApi {
  subscriptions(): Promise<SubscriptionView[]>;
  subscribe(input: { url: string; event_types: string[]; description?: string }): Promise<NewSubscription>;
  unsubscribe(subscriptionId: string): Promise<void>;
  deliveries(query: { subscription?: string; status?: string; cursor?: string }): Promise<DeliveryPage>;
  replayDelivery(deliveryId: string): Promise<DeliveryView>;
  users(): Promise<UserView[]>;
  createUser(body: NewUserBody): Promise<CreatedUser>;
  apiKeys(): Promise<ApiKeyView[]>;
  createApiKey(name: string): Promise<NewApiKey>;
  /** Disables a login (its sessions end at once) or enables it again. */
  setUserDisabled(userId: string, disabled: boolean): Promise<void>;
  /** Ends every session of a user. */
  signOutUser(userId: string): Promise<number>;
  revokeApiKey(keyId: string): Promise<void>;
  /** A new key for the same integration; the old one works `overlapHours` more. */
  rotateApiKey(keyId: string, overlapHours: number): Promise<RotatedApiKey>;
  /** Walks the audit chain on the server; answers the report and a signed checkpoint. */
  verifyAudit(anchor?: string): Promise<AuditVerification>;
  /** The latest scheduled verification of the chain (404 before the first run). */
  latestAuditCheck(): Promise<ScheduledAuditCheck>;
}

export const adminApi = ({ client, unwrap }: Http): AdminApi => ({
  subscriptions: async () => (await unwrap(client.GET('/v1/webhooks/subscriptions'))).data,
  subscribe: (input) => unwrap(client.POST('/v1/webhooks/subscriptions', { body: input })),
  async unsubscribe(subscriptionId) {
    await unwrap(
      client.DELETE('/v1/webhooks/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } }),
    );
  },
  deliveries: (query) => unwrap(client.GET('/v1/webhooks/deliveries', { params: { query: query as never } })),
  replayDelivery: (deliveryId) =>
    unwrap(client.POST('/v1/webhooks/deliveries/{deliveryId}/replay', { params: { path: { deliveryId } } })),
  users: async () => (await unwrap(client.GET('/v1/admin/users'))).data,
  createUser: (body) => unwrap(client.POST('/v1/admin/users', { body })),
  apiKeys: async () => (await unwrap(client.GET('/v1/admin/api-keys'))).data,
  createApiKey: (name) => unwrap(client.POST('/v1/admin/api-keys', { body: { name } })),
  async setUserDisabled(userId, disabled) {
    const params = { params: { path: { userId } } };
    await unwrap(
      disabled
        ? client.POST('/v1/admin/users/{userId}/disable', params)
        : client.POST('/v1/admin/users/{userId}/enable', params),
    );
  },
  signOutUser: async (userId) =>
    (await unwrap(client.POST('/v1/admin/users/{userId}/sign-out', { params: { path: { userId } } })))
      .sessions_ended,
  async revokeApiKey(keyId) {
    await unwrap(client.POST('/v1/admin/api-keys/{keyId}/revoke', { params: { path: { keyId } } }));
  },
  rotateApiKey: (keyId, overlapHours) =>
    unwrap(
      client.POST('/v1/admin/api-keys/{keyId}/rotate', {
        params: { path: { keyId } },
        body: { overlap_hours: overlapHours },
      }),
    ),
  latestAuditCheck: () => unwrap(client.GET('/v1/audit/checkpoints/latest')),
  verifyAudit: (anchor) =>
    unwrap(client.GET('/v1/audit/verify', { params: { query: anchor ? { anchor } : {} } })),
});
