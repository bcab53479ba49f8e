import type { Http } from './http';
import type { LoginResult, Me } from './types';

export interface AuthApi {
  logIn(email: string, password: string): Promise<LoginResult>;
  logOut(): Promise<void>;
  me(): Promise<Me>;
  /** A staff member's own settings: the language of their emails and notifications. */
  updateMe(settings: { language: 'en' | 'zh' }): Promise<Me>;
}

export const authApi = ({ client, unwrap }: Http): AuthApi => ({
  logIn: (email, password) => unwrap(client.POST('/v1/auth/login', { body: { email, password } })),
  async logOut() {
    await client.POST('/v1/auth/logout').catch(() => undefined);
  },
  me: () => unwrap(client.GET('/v1/me')),
  updateMe: (settings) => unwrap(client.PATCH('/v1/me', { body: settings })),
});
