import { Injectable } from '@nestjs/common';
import { decodeCursor, PerRequest, toCalendarDate, toPage, Page } from '@qt/server-core';
import DataLoader from 'dataloader';
import { CommitteeOfficeHolding, Organisation } from './organisation.types';
import { OrganisationsRepository } from './organisations.repository';

export interface ChildrenKey {
  parentId: string;
  first: number;
  after?: string;
  includeDissolved: boolean;
}

/** Per-request DataLoaders for organisation fields: one query per field per request, never per row. */
export class OrganisationLoaders {
  readonly byId: DataLoader<string, Organisation | undefined>;
  readonly childCount: DataLoader<string, number>;
  readonly descendantCount: DataLoader<string, number>;
  readonly children: DataLoader<ChildrenKey, Page<Organisation>, string>;
  private readonly memberCounts = new Map<string, DataLoader<string, number>>();
  private readonly offices = new Map<string, DataLoader<string, CommitteeOfficeHolding[]>>();

  constructor(private readonly repo: OrganisationsRepository) {
    this.byId = new DataLoader(async (ids) => {
      const rows = await repo.findByIds(ids);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id));
    });
    this.childCount = new DataLoader(async (ids) => {
      const counts = await repo.childCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    this.descendantCount = new DataLoader(async (ids) => {
      const counts = await repo.descendantCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    this.children = new DataLoader(
      async (keys) => {
        // Keys asking for the same page shape are fetched together.
        const groups = new Map<string, ChildrenKey[]>();
        for (const key of keys) {
          const shape = JSON.stringify([key.first, key.after ?? null, key.includeDissolved]);
          groups.set(shape, [...(groups.get(shape) ?? []), key]);
        }
        const pages = new Map<string, Page<Organisation>>();
        for (const group of groups.values()) {
          const { first, after, includeDissolved } = group[0];
          const rows = await repo.childrenOf(
            group.map((k) => k.parentId),
            first + 1,
            includeDissolved,
            decodeCursor(after, ['string', 'uuid']) as [string, string] | undefined,
          );
          for (const key of group) {
            const mine = rows.filter((r) => r.parentId === key.parentId);
            pages.set(ChildrenKeyId(key), toPage(mine, first, (o) => [o.name, o.id]));
          }
        }
        return keys.map((k) => pages.get(ChildrenKeyId(k)) as Page<Organisation>);
      },
      { cacheKeyFn: ChildrenKeyId },
    );
  }

  memberCount(onDate?: string): DataLoader<string, number> {
    const date = onDate ?? toCalendarDate();
    let loader = this.memberCounts.get(date);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const counts = await this.repo.memberCounts(ids, date);
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.memberCounts.set(date, loader);
    }
    return loader;
  }

  officesOn(onDate?: string): DataLoader<string, CommitteeOfficeHolding[]> {
    const date = onDate ?? toCalendarDate();
    let loader = this.offices.get(date);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.repo.officesOf(ids, date);
        return ids.map((id) => rows.filter((r) => r.organisationId === id));
      });
      this.offices.set(date, loader);
    }
    return loader;
  }
}

function ChildrenKeyId(key: ChildrenKey): string {
  return JSON.stringify([key.parentId, key.first, key.after ?? null, key.includeDissolved]);
}

/** Hands out one OrganisationLoaders per GraphQL request context. */
@Injectable()
export class OrganisationLoadersFactory extends PerRequest<OrganisationLoaders> {
  constructor(repo: OrganisationsRepository) {
    super(() => new OrganisationLoaders(repo));
  }
}
