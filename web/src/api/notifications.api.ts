import type { Http } from './http';
import type { paths } from './schema';
import type { JsonOf } from './types';

export type NotificationPage = JsonOf<paths['/v1/me/notifications']['get']['responses'][200]>;
export type StaffNotification = NotificationPage['items'][number];

/** The back office's bell: my notifications (SLA about to breach, appeal filed, case assigned). */
export interface NotificationsApi {
  /** Mine, unread first, then newest; with the unread and total counts. */
  myNotifications(query?: { limit?: number; offset?: number }): Promise<NotificationPage>;
  /** Marks the ids read, or all of mine; answers how many changed. */
  readNotifications(which: { ids: string[] } | { all: true }): Promise<number>;
}

export const notificationsApi = ({ client, unwrap }: Http): NotificationsApi => ({
  myNotifications: (query = {}) =>
    unwrap(client.GET('/v1/me/notifications', { params: { query: query as never } })),
  readNotifications: async (which) =>
    (await unwrap(client.POST('/v1/me/notifications/read', { body: which }))).marked,
});
