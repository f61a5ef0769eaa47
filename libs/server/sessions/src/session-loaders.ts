import { Injectable } from '@nestjs/common';
import { AccessScope, PerRequest } from '@qt/server-core';
import DataLoader from 'dataloader';
import { ConnectionPoint, SessionCounters, SessionSpeaker } from './session.types';
import { SessionsRepository } from './sessions.repository';

function grouped<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return ids.map((id) => map.get(id) ?? []);
}

/** Per-request DataLoaders for session fields: one query per field per request. */
export class SessionLoaders {
  readonly connectionPoints: DataLoader<string, ConnectionPoint[]>;
  readonly speakers: DataLoader<string, SessionSpeaker[]>;
  /** Counters of sessions whose organiser the viewer covers (all participants). */
  readonly allCounters: DataLoader<string, SessionCounters>;
  private scoped?: DataLoader<string, SessionCounters>;

  constructor(private readonly repo: SessionsRepository) {
    this.connectionPoints = new DataLoader(async (ids) =>
      grouped(ids, (await repo.connectionPoints(ids)).map(({ hostPath: _h, ...p }) => p), (p) => p.sessionId));
    this.speakers = new DataLoader(async (ids) => grouped(ids, await repo.speakers(ids), (s) => s.sessionId));
    this.allCounters = new DataLoader(async (ids) => {
      const map = await repo.counters(ids);
      return ids.map((id) => map.get(id) as SessionCounters);
    });
  }

  /** Counters limited to the viewer's subtrees (sessions organised above the viewer's scope). */
  scopedCounters(scope: AccessScope): DataLoader<string, SessionCounters> {
    this.scoped ??= new DataLoader(async (ids) => {
      const map = await this.repo.counters(ids, scope);
      return ids.map((id) => map.get(id) as SessionCounters);
    });
    return this.scoped;
  }
}

@Injectable()
export class SessionLoadersFactory extends PerRequest<SessionLoaders> {
  constructor(repo: SessionsRepository) {
    super(() => new SessionLoaders(repo));
  }
}
