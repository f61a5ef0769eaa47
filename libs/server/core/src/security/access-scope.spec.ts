import { Role } from '@qt/shared-domain';
import { AccessScope } from './access-scope';
import { Actor } from './actor';
import { POLICIES } from './policies';

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
});
