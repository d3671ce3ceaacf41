import { principalOf } from './session';

function token(claims: object): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256' })}.${encode(claims)}.signature`;
}

describe('principalOf', () => {
  it('reads the user, tenant and role of a platform token', () => {
    expect(principalOf(token({ sub: 'u-1', tenant_id: 't-1', role: 'agent' }))).toEqual({
      userId: 'u-1',
      tenantId: 't-1',
      role: 'agent',
      email: undefined,
    });
  });

  it('knows the platform owner has no tenant', () => {
    expect(principalOf(token({ sub: 'owner', role: 'super_admin' }))?.tenantId).toBeNull();
  });

  it('refuses tokens of services, unknown roles and garbage', () => {
    expect(principalOf(token({ sub: 'service:lead', role: 'service' }))).toBeNull();
    expect(principalOf('not-a-token')).toBeNull();
    expect(principalOf('a.%%%.c')).toBeNull();
  });
});
