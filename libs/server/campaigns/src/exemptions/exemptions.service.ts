import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, ErrorCode, Page, sql, toPage } from '@qt/server-core';
import { MembersService } from '@qt/server-members';
import { OrganisationsService } from '@qt/server-organisations';
import { DataSource, EntityManager } from 'typeorm';
import { CreateExemptionInput, EndExemptionInput, ExemptionsArgs } from './exemption.dto';
import { ExemptionRecord, MemberExemption } from './exemption.types';
import { ExemptionsRepository } from './exemptions.repository';

const publicExemption = ({ organisationPath: _p, ...rest }: ExemptionRecord): MemberExemption => rest;

/**
 * Member exemptions (seed 004 §6): retired, not fit for work, exempt from
 * party activities, or another reason, each with its basis, dates and the
 * approver (the caller). campaign_required_members() reads them (and the
 * member flags): exempt members are never counted as missing. Scoped by the
 * member's current organisation.
 */
@Injectable()
export class ExemptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ExemptionsRepository,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async list(scope: AccessScope, args: ExemptionsArgs): Promise<Page<MemberExemption>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.organisationId ? (await this.organisations.get(scope, args.organisationId)).path : undefined;
    const rows = await this.repo.list({
      scope,
      within,
      memberId: args.memberId,
      activeOn: args.activeOn,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (e) => [e.validFrom, e.id]);
    return { ...page, nodes: page.nodes.map(publicExemption) };
  }

  async create(scope: AccessScope, input: CreateExemptionInput): Promise<MemberExemption> {
    if (input.validTo && input.validTo < input.validFrom) {
      throw AppException.unprocessable('validTo must not be before validFrom', 'validTo');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const member = await this.memberFor(scope, input.memberId, manager);
      const [overlap] = await sql<{ id: string }>(
        manager,
        `SELECT id FROM member_exemptions WHERE member_id = $1 AND reason = $2
            AND valid_from <= COALESCE($4::date, 'infinity') AND (valid_to IS NULL OR valid_to >= $3::date) LIMIT 1`,
        [member.id, input.reason, input.validFrom, input.validTo ?? null],
      );
      if (overlap) throw AppException.conflict('The member already has an exemption for this reason in that period', 'validFrom');
      const created = await this.repo.insert(manager, {
        memberId: member.id, reason: input.reason, basis: input.basis, validFrom: input.validFrom, validTo: input.validTo ?? null,
        approvedBy: scope.actor.userId,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'exemption.create', entityType: 'member_exemption', entityId: created, organisationId: member.organisationId, after: input,
      });
      return created;
    });
    return publicExemption((await this.repo.findById(id)) as ExemptionRecord);
  }

  /** Ends an exemption on `validTo` (inclusive). */
  async end(scope: AccessScope, id: string, input: EndExemptionInput): Promise<MemberExemption> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.repo.findById(id, manager, true);
      if (!current) throw AppException.notFound('Exemption');
      scope.assertPath(current.organisationPath);
      if (input.validTo < current.validFrom) {
        throw AppException.unprocessable(`validTo must not be before validFrom (${current.validFrom})`, 'validTo');
      }
      await this.repo.end(manager, id, input.validTo);
      await this.audit.record(manager, scope.actor, {
        action: 'exemption.end', entityType: 'member_exemption', entityId: id, organisationId: current.organisationId,
        before: { validTo: current.validTo }, after: { validTo: input.validTo },
      });
    });
    return publicExemption((await this.repo.findById(id)) as ExemptionRecord);
  }

  private async memberFor(scope: AccessScope, id: string, manager: EntityManager) {
    try {
      return await this.members.get(scope, id, manager, true);
    } catch (err) {
      if (err instanceof AppException && err.code === ErrorCode.NOT_FOUND) {
        throw AppException.unprocessable('memberId is not an existing member', 'memberId');
      }
      throw err;
    }
  }
}
