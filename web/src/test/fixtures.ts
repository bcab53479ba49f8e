import { vi } from 'vitest';
import type { Api, CaseView, CheckItem, DocumentView, RequirementView, Timeline } from '../api/client';

/** An Api whose every call fails unless the test gives it an answer. */
export function fakeApi(overrides: Partial<Api> = {}): Api {
  const missing = (name: string) =>
    vi.fn(async () => {
      throw new Error(`fake api: ${name} was not expected`);
    });
  const names: (keyof Api)[] = [
    'freeSlots',
    'bookCall',
    'caseAppointments',
    'rescheduleCall',
    'cancelCall',
    'callInvite',
    'recordCallOutcome',
    'availability',
    'publishAvailability',
    'withdrawAvailability',
    'setUserDisabled',
    'handInStatement',
    'statements',
    'signOutUser',
    'revokeApiKey',
    'rotateApiKey',
    'verifyAudit',
    'latestAuditCheck',
    'logIn',
    'logOut',
    'me',
    'updateMe',
    'listCases',
    'getCase',
    'requirements',
    'caseDocuments',
    'document',
    'documentFile',
    'upload',
    'preflight',
    'submit',
    'withdraw',
    'withdrawDocument',
    'timeline',
    'messages',
    'postMessage',
    'seller',
    'policy',
    'savePolicy',
    'sellerSales',
    'reviewQueue',
    'reasonCodes',
    'workload',
    'dashboard',
    'breaches',
    'claim',
    'release',
    'assign',
    'decisions',
    'decide',
    'approveDecision',
    'sendBackDecision',
    'appeal',
    'checkAppeal',
    'appeals',
    'subscriptions',
    'subscribe',
    'unsubscribe',
    'deliveries',
    'replayDelivery',
    'users',
    'createUser',
    'apiKeys',
    'createApiKey',
    'takeSelfie',
    'selfies',
    'selfieFace',
    'myNotifications',
    'readNotifications',
  ];
  const api = Object.fromEntries(names.map((name) => [name, missing(name)])) as unknown as Api;
  return Object.assign(api, overrides);
}

export const CASE_ID = '11111111-2222-4333-8444-555555555555';

export const sellerCase: CaseView = {
  id: CASE_ID,
  seller_id: 'S000031',
  status: 'awaiting_documents',
  severity: 'high',
  policy_version: '2026-11-29.1',
  opened_at: '2026-11-29T03:53:01.433Z',
  deadline_at: '2026-12-13T03:53:01.433Z',
  submitted_at: null,
  decided_at: null,
  closed_at: null,
  appeal_count: 0,
  appealed_at: null,
  appeals_left: 1,
  appeal_window_ends_at: null,
  revision: 1,
  restrictions: ['payouts_held'],
  // The server's facts: proof of address is still missing, so submit is not offered.
  allowed_actions: [],
  due: { kind: 'seller_deadline', at: '2026-12-13T03:53:01.433Z' },
  appeal_until: null,
  accepts_documents: true,
  arranges_calls: true,
  missing_for_submission: ['proof_of_address'],
  unmet_at_approval: [],
  hold: null,
  pending_review: null,
  requirement_statuses: [
    { material: 'proof_of_address', status: 'currently_due', has_material: false },
    { material: 'live_verification', status: 'currently_due', has_material: false },
  ],
  if_deadline_passes: { status: 'expired', restrictions: ['listings_paused', 'payouts_held'] },
  reasons: [
    {
      trigger: 'registration_mismatch',
      severity: 'high',
      summary: 'Your account is registered in GB, but 77% of its logins since 6 June came from TR.',
      text: {
        en: 'Your account is registered in GB, but 77% of its logins since 6 June came from TR.',
        zh: '您的账户注册地为GB，但近期大部分登录来自TR。',
      },
      added_at: '2026-11-29T03:53:01.433Z',
    },
  ],
};

const reason = sellerCase.reasons[0]!.summary;

export const requirements: RequirementView[] = [
  {
    id: 'r1',
    material: 'proof_of_address',
    title: { en: 'Proof of the registered address', zh: '注册地址证明' },
    kind: 'document',
    triggers: ['registration_mismatch'],
    reason,
    accepted_variants: ['utility_bill', 'bank_statement'],
    advice: {
      en: 'Upload any one of these: a utility bill (electricity, water or gas, e.g. from State Grid); or a bank statement from your bank in China. A document in Chinese is fine: no translation is needed.',
      zh: '上传以下任意一种即可：水电燃气账单（国家电网出具的缴费单）；或银行对账单。中文文件即可，无需翻译。',
    },
    rules: {
      issued_within_days: 90,
      must_show: ['registered_name', 'registered_address'],
      max_bytes: 10485760,
    },
    status: 'currently_due',
    errors: [],
    due_at: '2026-12-13T03:53:01.433Z',
  },
  {
    id: 'r2',
    material: 'live_verification',
    title: { en: 'Live verification (selfie or video call)', zh: '实时验证（自拍或视频通话）' },
    kind: 'live',
    triggers: ['registration_mismatch'],
    reason,
    accepted_variants: ['video_call'],
    advice: null,
    rules: {},
    status: 'currently_due',
    errors: [],
    due_at: '2026-12-13T03:53:01.433Z',
  },
];

export const idRequirement: RequirementView = {
  id: 'r3',
  material: 'government_id',
  title: { en: 'Government-issued photo ID', zh: '政府签发带照片身份证件' },
  kind: 'document',
  triggers: ['identity_verification'],
  reason,
  accepted_variants: ['passport', 'national_id', 'driving_licence'],
  advice: null,
  rules: { all_sides: true, colour: true },
  status: 'currently_due',
  errors: [],
  due_at: '2026-12-13T03:53:01.433Z',
};

export const addressNotFound: CheckItem = {
  group: 'consistency',
  code: 'FIELD_NOT_FOUND',
  status: 'fail',
  message: {
    en: 'The registered address ("20-22 Wenlock Rd, Unit 251, London, N1 7GU") was not found on the document. Upload a document that shows it, or update your account details.',
    zh: '文件上未找到登记的地址（“20-22 Wenlock Rd, Unit 251, London, N1 7GU”）。请上传显示该信息的文件，或更新账户资料。',
  },
  evidence: {
    field: 'address',
    found: false,
    expected: '20-22 Wenlock Rd, Unit 251, London, N1 7GU',
    matched: '5 Other Street Manchester',
    similarity: 0.41,
  },
};

export const nameFound: CheckItem = {
  group: 'consistency',
  code: 'FIELD_FOUND',
  status: 'pass',
  message: { en: 'The registered legal name appears on the document.', zh: '文件上显示了登记的企业名称。' },
  evidence: {
    field: 'legal_name',
    found: true,
    matched: 'NovaTech Brands Limited',
    expected: 'NovaTech Brands Limited',
    similarity: 1,
  },
};

export function documentOf(overrides: Partial<DocumentView> = {}): DocumentView {
  return {
    id: 'd1',
    case_id: CASE_ID,
    material: 'proof_of_address',
    type: 'utility_bill',
    variant: 'utility_bill',
    status: 'checked',
    verdict: 'fail',
    files: [{ position: 0, name: 'bill.pdf', sha256: 'ab'.repeat(32), size: 1040, mime: 'application/pdf' }],
    checks: [addressNotFound, nameFound],
    reading: null,
    failure: null,
    uploaded_at: '2026-11-29T04:00:00.000Z',
    checked_at: '2026-11-29T04:00:02.000Z',
    checked_profile_version: 1,
    stale: false,
    ...overrides,
  };
}

export const timeline: Timeline = {
  case_id: CASE_ID,
  status: 'awaiting_documents',
  deadline_at: sellerCase.deadline_at,
  waiting_on: 'seller',
  estimated_decision: null,
  steps: [
    {
      at: sellerCase.opened_at,
      event: 'case.opened',
      by: 'system',
      actor: { id: 'system', name: null },
      to: 'awaiting_documents',
      triggers: ['registration_mismatch'],
    },
  ],
};
