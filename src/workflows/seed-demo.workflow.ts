import type { AppContext } from '../app/context.js';

export interface DemoSeed {
  sellers: number;
  casesOpened: number;
  password: string;
  logins: { role: string; email: string; note?: string }[];
}

/** Loads the demo marketplace into an empty store. TODO(#2): generator and cases. */
export async function seedDemoIfEmpty(_context: AppContext): Promise<DemoSeed | undefined> {
  return undefined;
}
