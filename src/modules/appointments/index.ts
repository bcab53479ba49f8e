export { type AppointmentNotice, appointmentInvite, composeAppointmentEmail } from './appointment.email.js';
export {
  type AppointmentRow,
  type AvailabilityRow,
  findAppointment,
  findAppointmentsOfCase,
  findAvailability,
  findBookedAppointment,
  findFreeSlots,
  findSlot,
  historyOf,
  insertAppointment,
  insertAvailability,
  listAvailability,
  type SlotRow,
  setAppointmentStatus,
  withdrawAvailability,
} from './appointment.repository.js';
export {
  afterNoShow,
  bookableWindow,
  CallOutcome,
  cutIntoSlots,
  isBookable,
  isChangeable,
  judgeCall,
  LANGUAGES,
  type Language,
  mayBook,
  mayReschedule,
} from './appointment.rules.js';
export { LiveVerificationSection } from './live-verification.policy.js';
export {
  instantOf,
  isTimeZone,
  localIso,
  zoneOfCountry,
} from './time-zones.js';
