import { Injectable } from '@nestjs/common';
import { PerRequest, toCalendarDate } from '@qt/server-core';
import { CommitteeOfficeHolding } from '@qt/server-organisations';
import DataLoader from 'dataloader';
import { Membership } from './member.types';
import { MembersRepository } from './members.repository';

/** Per-request DataLoaders for member fields: one query per field per request, never per member. */
export class MemberLoaders {
  readonly memberships: DataLoader<string, Membership[]>;
  private readonly offices = new Map<string, DataLoader<string, CommitteeOfficeHolding[]>>();

  constructor(private readonly repo: MembersRepository) {
    this.memberships = new DataLoader(async (ids) => {
      const byMember = groupBy(await repo.membershipsOf(ids), (m) => m.memberId);
      return ids.map((id) => byMember.get(id) ?? []);
    });
  }

  /** Committee offices each member holds on a date (default today). */
  officesOn(onDate?: string): DataLoader<string, CommitteeOfficeHolding[]> {
    const date = onDate ?? toCalendarDate();
    let loader = this.offices.get(date);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byMember = groupBy(await this.repo.officesOfMembers(ids, date), (o) => o.memberId);
        return ids.map((id) => byMember.get(id) ?? []);
      });
      this.offices.set(date, loader);
    }
    return loader;
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Hands out one MemberLoaders per GraphQL request context. */
@Injectable()
export class MemberLoadersFactory extends PerRequest<MemberLoaders> {
  constructor(repo: MembersRepository) {
    super(() => new MemberLoaders(repo));
  }
}
