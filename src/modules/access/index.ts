export {
  countUsers,
  countUsersWithEmailDomain,
  findStaff,
  findUserById,
  listApiKeys,
  listUsers,
  type StaffMember,
} from './access.directory.js';
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
  createApiKey,
  createUser,
  logIn,
  logOut,
  type NewUser,
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
