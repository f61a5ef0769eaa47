import { Role } from '@qt/shared-domain';
import { AccessScope } from './access-scope';
import { Actor } from './actor';
import { CLIENT_SCOPES, POLICIES } from './policies';

const actor = (grants: [Role, string][], memberId: string | null = null): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  memberId,
  grants: grants.map(([role, path]) => ({ role, organisationPath: path, organisationId: path.split('/').filter(Boolean).pop() as string })),
});

describe('AccessScope', () => {
  it('reaches the subtrees where an allowed role is held, and nothing else', () => {
    const scope = AccessScope.for(actor([[Role.COMMITTEE_OFFICE, '/r/a/']]), 'member.write')!;
    expect(scope.coversPath('/r/a/')).toBe(true);
    expect(scope.coversPath('/r/a/x/y/')).toBe(true);
    expect(scope.coversPath('/r/b/')).toBe(false);
    expect(scope.coversPath('/r/')).toBe(false);
    expect(() => scope.assertPath('/r/b/')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    const params: unknown[] = [];
    expect(scope.pathPredicate('o.path', params)).toBe('((o.path >= $1 AND o.path < $2))');
    expect(params).toEqual(['/r/a/', '/r/a0']);
  });

  it('ignores roles the operation does not allow, even at a wider organisation', () => {
    const scope = AccessScope.for(actor([[Role.CELL_SECRETARY, '/r/'], [Role.ORGANISATION_BOARD, '/r/a/']]), 'member.write')!;
    expect(scope.paths).toEqual(['/r/a/']);
    expect(AccessScope.for(actor([[Role.CELL_SECRETARY, '/r/']]), 'member.write')).toBeUndefined();
  });

  it('collapses nested grants into the widest subtree', () => {
    const scope = AccessScope.for(actor([[Role.ADMIN, '/r/a/b/'], [Role.ADMIN, '/r/a/'], [Role.ADMIN, '/r/c/']]), 'organisation.read')!;
    expect(scope.paths).toEqual(['/r/a/', '/r/c/']);
    expect(scope.rootOrganisationIds()).toEqual(['a', 'c']);
  });

  it('does not confuse an id that is a prefix of another', () => {
    const scope = AccessScope.for(actor([[Role.ADMIN, '/r/ab/']]), 'organisation.read')!;
    expect(scope.coversPath('/r/abc/')).toBe(false);
  });

  it('refuses operations that are not in the policy table (deny by default)', () => {
    expect(AccessScope.for(actor([[Role.ADMIN, '/r/']]), 'nothing.here' as never)).toBeUndefined();
  });

  it('gives a member only their own records', () => {
    const scope = AccessScope.for(actor([[Role.MEMBER, '/r/a/c/']], 'm1'), 'member.readSelf')!;
    expect(scope.rule).toBe('self');
    expect(scope.paths).toEqual([]);
    expect(AccessScope.for(actor([[Role.MEMBER, '/r/a/c/']], 'm1'), 'member.read')).toBeUndefined();
  });

  it('every policy names at least one role and a scope rule', () => {
    for (const [name, rule] of Object.entries(POLICIES)) {
      expect([name, rule.roles.length > 0]).toEqual([name, true]);
      expect(['subtree', 'self', 'authenticated']).toContain(rule.scope);
    }
  });

  describe('service accounts (clientScopes)', () => {
    const client = (scopes: string[], path = '/r/a/'): Actor => ({
      userId: 's', username: 'client:qtc_x', displayName: 'CSDL', memberId: null, grants: [],
      client: { id: 's', clientId: 'qtc_x', organisationId: 'a', organisationPath: path, scopes, rateLimitPerMinute: null },
    });

    it('opens an operation only for a token scope the rule lists, on the subtree of the client organisation', () => {
      const scope = AccessScope.for(client(['members:write']), 'member.write')!;
      expect(scope.paths).toEqual(['/r/a/']);
      expect(scope.coversPath('/r/a/c/')).toBe(true);
      expect(scope.coversPath('/r/b/')).toBe(false);
      expect(AccessScope.for(client(['members:read']), 'member.write')).toBeUndefined();
      expect(AccessScope.for(client(['members:read']), 'member.read')).toBeDefined();
    });

    it('refuses operations without clientScopes, self operations and operations for people', () => {
      const all = client(['members:read', 'members:write', 'organisations:read', 'sessions:read', 'attendance:write', 'campaigns:read']);
      for (const op of ['user.manage', 'audit.read', 'auth.session', 'member.readSelf', 'serviceAccount.manage'] as const) {
        expect(AccessScope.for(all, op)).toBeUndefined();
      }
    });

    it('leaves users unaffected by clientScopes', () => {
      expect(AccessScope.for(actor([[Role.COMMITTEE_OFFICE, '/r/a/']]), 'member.write')!.paths).toEqual(['/r/a/']);
      expect(AccessScope.for(actor([[Role.MEMBER, '/r/a/']]), 'member.read')).toBeUndefined();
    });

    it('lists only known client scopes in the policy table', () => {
      for (const [name, rule] of Object.entries(POLICIES)) {
        for (const s of (rule as { clientScopes?: readonly string[] }).clientScopes ?? []) {
          expect([name, (CLIENT_SCOPES as readonly string[]).includes(s)]).toEqual([name, true]);
        }
      }
    });
  });
});

