export {
  type AccessDeps,
  authenticate,
  countUsers,
  createApiKey,
  createUser,
  findUserById,
  logIn,
  logOut,
  type NewUser,
} from './access.service.js';
export {
  canSeeSeller,
  isStaff,
  type Principal,
  ROLES,
  type Role,
  STAFF_ROLES,
  systemPrincipal,
} from './principal.js';
