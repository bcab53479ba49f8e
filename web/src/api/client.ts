import { type AdminApi, adminApi } from './admin';
import { type AppointmentsApi, appointmentsApi } from './appointments.api';
import { type AuthApi, authApi } from './auth';
import { type CasesApi, casesApi } from './cases';
import { type ApiOptions, createHttp } from './http';
import { type NotificationsApi, notificationsApi } from './notifications.api';
import { type ReviewApi, reviewApi } from './review';
import { type SelfiesApi, selfiesApi } from './selfies';
import { type SellersApi, sellersApi } from './sellers';

export type * from './appointments.api';
export { ApiError } from './errors';
export type { ApiOptions } from './http';
export type * from './notifications.api';
export type * from './selfies';
export type * from './types';

/**
 * Everything the web UI asks of the API, one interface per area. Components get it from context,
 * so tests can fake it; a new endpoint is one method in its area's file.
 */
export type Api = AuthApi &
  CasesApi &
  SellersApi &
  ReviewApi &
  AdminApi &
  AppointmentsApi &
  SelfiesApi &
  NotificationsApi;

/** The API over HTTP, typed by the OpenAPI document (`schema.d.ts`, generated and checked in CI). */
export function createApi(options: ApiOptions): Api {
  const http = createHttp(options);
  return {
    ...authApi(http),
    ...casesApi(http),
    ...sellersApi(http),
    ...reviewApi(http),
    ...adminApi(http),
    ...appointmentsApi(http),
    ...selfiesApi(http),
    ...notificationsApi(http),
  };
}
