import type { Http } from './http';
import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type AppointmentView = JsonOf<
  paths['/v1/cases/{caseId}/appointments']['get']['responses'][200]
>['data'][number];
type FreeSlots = JsonOf<paths['/v1/cases/{caseId}/requirements/{material}/slots']['get']['responses'][200]>;
export type FreeSlot = FreeSlots['data'][number];
type AvailabilityView = JsonOf<
  paths['/v1/appointments/availability']['get']['responses'][200]
>['data'][number];
export type PublishAvailabilityBody = NonNullable<
  paths['/v1/appointments/availability']['post']['requestBody']
>['content']['application/json'];
export type CallOutcomeBody = NonNullable<
  paths['/v1/appointments/{appointmentId}/outcome']['post']['requestBody']
>['content']['application/json'];
export type CallOutcomeResult = JsonOf<
  paths['/v1/appointments/{appointmentId}/outcome']['post']['responses'][200]
>;

/** Video verification calls: the seller's booking, the reviewer's availability and outcome. */
export interface AppointmentsApi {
  /** Free slots of a live requirement, read in `timeZone` (else the seller's own zone). */
  freeSlots(caseId: string, material: string, timeZone?: string): Promise<FreeSlots>;
  bookCall(caseId: string, material: string, slotId: string, timeZone?: string): Promise<AppointmentView>;
  caseAppointments(caseId: string): Promise<AppointmentView[]>;
  rescheduleCall(appointmentId: string, slotId: string): Promise<AppointmentView>;
  cancelCall(appointmentId: string): Promise<AppointmentView>;
  /** The call's `.ics` invite. */
  callInvite(appointmentId: string): Promise<Blob>;
  recordCallOutcome(appointmentId: string, outcome: CallOutcomeBody): Promise<CallOutcomeResult>;
  availability(reviewerId?: string): Promise<AvailabilityView[]>;
  publishAvailability(
    body: PublishAvailabilityBody,
  ): Promise<{ availability: AvailabilityView; slots: number }>;
  withdrawAvailability(availabilityId: string): Promise<void>;
}

export function appointmentsApi({ client, unwrap, raw }: Http): AppointmentsApi {
  const call = (appointmentId: string) => ({ params: { path: { appointmentId } } });
  return {
    freeSlots: (caseId, material, timeZone) =>
      unwrap(
        client.GET('/v1/cases/{caseId}/requirements/{material}/slots', {
          params: { path: { caseId, material }, query: timeZone ? { time_zone: timeZone } : {} },
        }),
      ),
    bookCall: (caseId, material, slotId, timeZone) =>
      unwrap(
        client.POST('/v1/cases/{caseId}/requirements/{material}/appointment', {
          params: { path: { caseId, material } },
          body: { slot_id: slotId, ...(timeZone ? { time_zone: timeZone } : {}) },
        }),
      ),
    caseAppointments: async (caseId) =>
      (await unwrap(client.GET('/v1/cases/{caseId}/appointments', { params: { path: { caseId } } }))).data,
    rescheduleCall: (appointmentId, slotId) =>
      unwrap(
        client.POST('/v1/appointments/{appointmentId}/reschedule', {
          ...call(appointmentId),
          body: { slot_id: slotId },
        }),
      ),
    cancelCall: (appointmentId) =>
      unwrap(client.POST('/v1/appointments/{appointmentId}/cancel', { ...call(appointmentId), body: {} })),
    callInvite: async (appointmentId) =>
      (await raw('GET', `/v1/appointments/${appointmentId}/invite.ics`)).blob(),
    recordCallOutcome: (appointmentId, outcome) =>
      unwrap(
        client.POST('/v1/appointments/{appointmentId}/outcome', { ...call(appointmentId), body: outcome }),
      ),
    availability: async (reviewerId) =>
      (
        await unwrap(
          client.GET('/v1/appointments/availability', {
            params: { query: reviewerId ? { reviewer_id: reviewerId } : {} },
          }),
        )
      ).data,
    publishAvailability: (body) => unwrap(client.POST('/v1/appointments/availability', { body })),
    async withdrawAvailability(availabilityId) {
      await unwrap(
        client.POST('/v1/appointments/availability/{availabilityId}/withdraw', {
          params: { path: { availabilityId } },
          body: {},
        }),
      );
    },
  };
}
