export {
  listSessions,
  revokeApiKey,
  rotateApiKey,
  setUserDisabled,
  signOutEverywhere,
} from './access.revoke.js';
export {
  type AccessDeps,
  authenticate,
  countUsers,
  countUsersWithEmailDomain,
  createApiKey,
  createUser,
  findStaff,
  findUserById,
  listApiKeys,
  listUsers,
  logIn,
  logOut,
  type NewUser,
  type StaffMember,
} from './access.service.js';
export { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login.throttle.js';
export {
  canSeeSeller,
  isStaff,
  type Principal,
  ROLES,
  type Role,
  STAFF_ROLES,
  systemPrincipal,
} from './principal.js';
