import { callsEn } from './calls.en';
import { admin } from './en/admin';
import { backoffice } from './en/backoffice';
import { common } from './en/common';
import { dashboard } from './en/dashboard';
import { desk } from './en/desk';
import { notifications } from './en/notifications';
import { review } from './en/review';
import { selfie } from './en/selfie';
import { seller } from './en/seller';
import { privacyEn } from './privacy.texts';

/**
 * English texts of the web UI, one file per area in `en/`. `{name}` marks a value filled in by
 * `t(key, {name})`. `zh.ts` must give every key (a missing one is a type error). Values the API
 * sends in both languages (check messages, requirement titles) are not here: the UI picks the
 * `en` or `zh` the API gives.
 */
export const en = {
  ...common,
  ...seller,
  ...backoffice,
  ...review,
  ...admin,
  ...privacyEn,
  ...callsEn,
  ...selfie,
  ...desk,
  ...dashboard,
  ...notifications,
} as const;

export type MessageKey = keyof typeof en;
