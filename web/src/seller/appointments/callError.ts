import { ApiError } from '../../api/client';
import type { MessageKey } from '../../i18n/en';

const KNOWN = [
  'SLOT_TAKEN',
  'SLOT_NOT_BOOKABLE',
  'APPOINTMENT_NOT_CHANGEABLE',
  'APPOINTMENT_LIMIT_REACHED',
  'CASE_CLOSED',
] as const;

/** The words for a refused booking, move or cancel, when the API's code is one the seller can act on. */
export function callErrorKey(error: Error): MessageKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return (KNOWN as readonly string[]).includes(error.code)
    ? (`call.err.${error.code}` as MessageKey)
    : undefined;
}
