export const ROLES = ['integration', 'seller', 'reviewer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a person with a session, or a marketplace integration with an API key. */
export interface Principal {
  kind: 'user' | 'api_key' | 'system';
  id: string;
  role: Role | 'system';
  /** For role `seller`: the only seller whose data this principal may see. */
  sellerId: string | undefined;
  /** How the audit log names this principal. */
  actor: string;
}

export const systemPrincipal = (name = 'system'): Principal => ({
  kind: 'system',
  id: name,
  role: 'system',
  sellerId: undefined,
  actor: name === 'system' ? 'system' : `system:${name}`,
});

/** A seller principal sees its own seller only; everyone else sees every seller their role allows. */
export const canSeeSeller = (principal: Principal, sellerId: string): boolean =>
  principal.role !== 'seller' || principal.sellerId === sellerId;
