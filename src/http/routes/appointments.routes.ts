import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findAppointmentsOfCase, listAvailability } from '../../modules/appointments/index.js';
import { appointmentCalendar } from '../../workflows/appointment.announce.js';
import { joinUrlOf } from '../../workflows/appointment.data.js';
import {
  listFreeSlots,
  publishAvailability,
  withdrawAvailabilityWindow,
} from '../../workflows/appointment-availability.workflow.js';
import {
  bookAppointment,
  cancelAppointment,
  recordCallOutcome,
  rescheduleAppointment,
} from '../../workflows/appointments.workflow.js';
import { visibleCase } from '../../workflows/case-actions.workflow.js';
import type { Deps } from '../../workflows/deps.js';
import { principalOf, STAFF } from '../auth.js';
import { caseVisibleFirst } from '../case-visible-first.js';
import {
  AppointmentView,
  AvailabilityView,
  BookRequest,
  CallOutcome,
  CancelRequest,
  FreeSlotView,
  LanguageCode,
  OutcomeView,
  PublishAvailabilityRequest,
  presentAppointment,
  presentAvailability,
  RescheduleRequest,
  TimeZoneName,
} from './appointments.views.js';

const tags = ['appointments'];
const Material = z.string().regex(/^[a-z][a-z0-9_]*$/);
/** A requirement of a case, as the booking routes name it. */
const RequirementParams = z.object({ caseId: z.uuid(), material: Material });
/** One booked call, as the routes that change it name it. */
const AppointmentParams = z.object({ appointmentId: z.uuid() });

export function registerAppointmentRoutes(root: FastifyInstance, context: Deps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const view = (row: Parameters<typeof presentAppointment>[0], request: Parameters<typeof principalOf>[0]) =>
    presentAppointment(row, principalOf(request), joinUrlOf(context.config, row.id));

  app.post(
    '/v1/appointments/availability',
    {
      config: { access: STAFF, idempotent: true },
      schema: {
        tags,
        summary: 'Publish a window of a reviewer’s day for video verification calls',
        description:
          'Date and wall-clock times in the reviewer’s own IANA time zone; the window is cut into calls of the ' +
          'policy’s `live_verification.slot_minutes`. A slot the reviewer already offers at the same start is skipped.',
        body: PublishAvailabilityRequest,
        response: { 201: z.object({ availability: AvailabilityView, slots: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await publishAvailability(context, principalOf(request), {
        ...(body.reviewer_id ? { reviewerId: body.reviewer_id } : {}),
        date: body.date,
        from: body.from,
        to: body.to,
        timeZone: body.time_zone,
        languages: body.languages,
      });
      return reply
        .status(201)
        .send({ availability: presentAvailability(result.availability), slots: result.slots.length });
    },
  );

  app.get(
    '/v1/appointments/availability',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Published availability windows (all reviewers, or one)',
        querystring: z.object({ reviewer_id: z.string().min(1).max(100).optional() }),
        response: { 200: z.object({ data: z.array(AvailabilityView) }) },
      },
    },
    async (request) => ({
      data: (await listAvailability(context.db, request.query.reviewer_id)).map(presentAvailability),
    }),
  );

  app.post(
    '/v1/appointments/availability/:availabilityId/withdraw',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Withdraw a window: its free slots stop being offered; calls already booked stay',
        params: z.object({ availabilityId: z.uuid() }),
        body: z.strictObject({}).optional(),
        response: { 200: z.object({ withdrawn: z.literal(true) }) },
      },
    },
    async (request) => {
      await withdrawAvailabilityWindow(context, principalOf(request), request.params.availabilityId);
      return { withdrawn: true as const };
    },
  );

  app.get(
    '/v1/cases/:caseId/requirements/:material/slots',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags,
        summary: 'Free video-call slots for a live verification requirement, read in the seller’s time zone',
        description:
          'Within the policy’s notice and horizon. `time_zone` (IANA) reads them in that zone; without it, the ' +
          'seller profile’s `contact.time_zone`, else the main zone of the registered country (CN: Asia/Shanghai).',
        params: RequirementParams,
        querystring: z.object({ time_zone: TimeZoneName.optional(), language: LanguageCode.optional() }),
        response: { 200: z.object({ time_zone: z.string(), data: z.array(FreeSlotView) }) },
      },
    },
    async (request) => {
      const result = await listFreeSlots(context, principalOf(request), {
        caseId: request.params.caseId,
        material: request.params.material,
        ...(request.query.time_zone ? { timeZone: request.query.time_zone } : {}),
        ...(request.query.language ? { language: request.query.language } : {}),
      });
      return { time_zone: result.timeZone, data: result.slots };
    },
  );

  app.post(
    '/v1/cases/:caseId/requirements/:material/appointment',
    {
      config: { access: ['seller', ...STAFF], idempotent: true },
      preValidation: caseVisibleFirst(context),
      schema: {
        tags,
        summary: 'Book a video verification call in a free slot',
        description:
          'One live booking per requirement. Two sellers racing for one slot: one gets 201, the other 409 SLOT_TAKEN. ' +
          'A slot inside the notice period or past the horizon answers 409 SLOT_NOT_BOOKABLE.',
        params: RequirementParams,
        body: BookRequest,
        response: { 201: AppointmentView },
      },
    },
    async (request, reply) => {
      const row = await bookAppointment(context, principalOf(request), {
        caseId: request.params.caseId,
        material: request.params.material,
        slotId: request.body.slot_id,
        ...(request.body.time_zone ? { timeZone: request.body.time_zone } : {}),
        ...(request.body.language ? { language: request.body.language } : {}),
      });
      return reply.status(201).send(view(row, request));
    },
  );

  app.get(
    '/v1/cases/:caseId/appointments',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags,
        summary: 'The case’s video calls, oldest first (moved and cancelled ones included)',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: z.object({ data: z.array(AppointmentView) }) },
      },
    },
    async (request) => {
      await visibleCase(context, principalOf(request), request.params.caseId);
      const rows = await findAppointmentsOfCase(context.db, request.params.caseId);
      return { data: rows.map((row) => view(row, request)) };
    },
  );

  app.post(
    '/v1/appointments/:appointmentId/reschedule',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags,
        summary: 'Move a booked call to another free slot (within the policy’s reschedules and notice)',
        params: AppointmentParams,
        body: RescheduleRequest,
        response: { 200: AppointmentView },
      },
    },
    async (request) =>
      view(
        await rescheduleAppointment(context, principalOf(request), {
          appointmentId: request.params.appointmentId,
          slotId: request.body.slot_id,
        }),
        request,
      ),
  );

  app.post(
    '/v1/appointments/:appointmentId/cancel',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags,
        summary: 'Cancel a booked call (until the policy’s notice); the requirement is due again',
        params: AppointmentParams,
        body: CancelRequest.optional(),
        response: { 200: AppointmentView },
      },
    },
    async (request) =>
      view(await cancelAppointment(context, principalOf(request), request.params.appointmentId), request),
  );

  app.get(
    '/v1/appointments/:appointmentId/invite.ics',
    {
      config: { access: ['seller', ...STAFF] },
      schema: {
        tags,
        summary: 'The call as a calendar invite (RFC 5545, times in UTC), to add it to a calendar',
        params: z.object({ appointmentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { ics } = await appointmentCalendar(context, principalOf(request), request.params.appointmentId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="secondlook-call.ics"')
        .header('Cache-Control', 'private, no-store')
        .send(ics);
    },
  );

  app.post(
    '/v1/appointments/:appointmentId/outcome',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Record what the reviewer saw on the call; the requirement becomes satisfied or errored',
        description:
          'Person matches the ID and at least one original shown: `satisfied`. Otherwise `errored` with ' +
          'LIVE_PERSON_MISMATCH / LIVE_NO_ORIGINALS_SHOWN. `attended: false` is a no-show: the requirement is due ' +
          'again with LIVE_NO_SHOW while the policy allows a rebooking, then `past_due`.',
        params: AppointmentParams,
        body: CallOutcome,
        response: { 200: OutcomeView },
      },
    },
    async (request) => {
      const result = await recordCallOutcome(context, principalOf(request), {
        appointmentId: request.params.appointmentId,
        outcome: request.body,
      });
      return {
        appointment: view(result.appointment, request),
        requirement_status: result.requirementStatus,
        errors: result.errors,
      };
    },
  );
}
