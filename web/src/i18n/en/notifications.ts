/** The back office's bell: staff notifications. */
export const notifications = {
  'bell.label': 'Notifications',
  'bell.labelUnread': 'Notifications, {count} unread',
  'bell.title': 'Notifications',
  'bell.empty': 'No notifications yet.',
  'bell.markAll': 'Mark all as read',
  'bell.markRead': 'Mark as read',
  'bell.unread': 'Unread',
  'bell.more': '{shown} of {total} shown',
  'bell.kind.sla_near_breach': 'The review SLA of this case is about to breach',
  'bell.kind.appeal_filed': 'The seller appealed the rejection',
  'bell.kind.case_assigned': 'This case was assigned to you',
  'bell.case': 'Case {id}',
} as const;
