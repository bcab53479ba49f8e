import type { Db } from '../adapters/db/database.js';
import { countUsersWithEmailDomain } from '../modules/access/index.js';
import type { Config } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import { DEMO_EMAIL_DOMAIN } from '../workflows/seed-demo.workflow.js';
import { DEVELOPMENT_AUDIT_KEY } from './keys.js';

/**
 * Production mode (`SECONDLOOK_MODE=production`) refuses to start on what is only fit for a demo:
 * the public development audit key or a key generated into the data folder, a document key kept
 * beside the documents, and demo logins (whose passwords were printed at start).
 */
export async function assertSafeForProduction(
  config: Config,
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (config.mode !== 'production') return;
  const auditKey = env.SECONDLOOK_AUDIT_KEY;
  if (!auditKey || auditKey === DEVELOPMENT_AUDIT_KEY || auditKey.length < 32)
    throw new AppError(
      'VALIDATION_FAILED',
      'production needs SECONDLOOK_AUDIT_KEY: a secret of at least 32 characters from your secret store',
      { where: 'env.SECONDLOOK_AUDIT_KEY' },
    );
  if (!env.SECONDLOOK_DOCUMENT_KEY)
    throw new AppError(
      'VALIDATION_FAILED',
      'production needs SECONDLOOK_DOCUMENT_KEY (64 hex digits) from your secret store, not a key kept beside the documents',
      { where: 'env.SECONDLOOK_DOCUMENT_KEY' },
    );
  const demoUsers = await countUsersWithEmailDomain(db, DEMO_EMAIL_DOMAIN);
  if (demoUsers > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `this store holds ${demoUsers} demo login(s) (@${DEMO_EMAIL_DOMAIN}): production needs a store without them`,
      { where: 'users' },
    );
}
