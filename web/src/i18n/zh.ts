import { callsZh } from './calls.zh';
import type { MessageKey } from './en';
import { privacyZh } from './privacy.texts';
import { admin } from './zh/admin';
import { backoffice } from './zh/backoffice';
import { common } from './zh/common';
import { dashboard } from './zh/dashboard';
import { desk } from './zh/desk';
import { notifications } from './zh/notifications';
import { review } from './zh/review';
import { selfie } from './zh/selfie';
import { seller } from './zh/seller';

/** 简体中文, one file per area in `zh/`. Every key of en.ts, with the same `{placeholders}` (a test holds them together). */
export const zh: Record<MessageKey, string> = {
  ...common,
  ...seller,
  ...backoffice,
  ...review,
  ...admin,
  ...privacyZh,
  ...callsZh,
  ...selfie,
  ...desk,
  ...dashboard,
  ...notifications,
};
