import type { notifications as en } from '../en/notifications';

/** 后台的通知铃：员工通知。 */
export const notifications: Record<keyof typeof en, string> = {
  'bell.label': '通知',
  'bell.labelUnread': '通知，{count} 条未读',
  'bell.title': '通知',
  'bell.empty': '暂无通知。',
  'bell.markAll': '全部标为已读',
  'bell.markRead': '标为已读',
  'bell.unread': '未读',
  'bell.more': '已显示 {shown} 条，共 {total} 条',
  'bell.kind.sla_near_breach': '此案件即将超出审核时限',
  'bell.kind.appeal_filed': '卖家已对拒绝决定提出申诉',
  'bell.kind.case_assigned': '此案件已分配给您',
  'bell.case': '案件 {id}',
};
