export {
  type AccessDeps,
  authenticate,
  countUsers,
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
export {
  canSeeSeller,
  isStaff,
  type Principal,
  ROLES,
  type Role,
  STAFF_ROLES,
  systemPrincipal,
} from './principal.js';
