export {
  chooseUserLanguage,
  countUsers,
  countUsersWithEmailDomain,
  findStaff,
  findUserById,
  listApiKeys,
  listUsers,
  type StaffMember,
  setUserLanguage,
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

export {
  canSeeSeller,
  type Principal,
  ROLES,
  type Role,
  systemPrincipal,
} from './principal.js';
