import { Injectable } from '@nestjs/common';
import { PerRequest } from '@qt/server-core';
import DataLoader from 'dataloader';
import { SpeakerAssignment, SpeakerTraining } from './speaker.types';
import { SpeakersRepository } from './speakers.repository';

function grouped<T extends { speakerId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.speakerId, [...(map.get(row.speakerId) ?? []), row]);
  return ids.map((id) => map.get(id) ?? []);
}

/** Per-request DataLoaders for speaker fields: one query per field per request, never per speaker. */
export class SpeakerLoaders {
  readonly trainings: DataLoader<string, SpeakerTraining[]>;
  readonly assignments: DataLoader<string, SpeakerAssignment[]>;

  constructor(repo: SpeakersRepository) {
    this.trainings = new DataLoader(async (ids) => grouped(ids, await repo.trainingsOf(ids)));
    this.assignments = new DataLoader(async (ids) => grouped(ids, await repo.assignmentsOf(ids)));
  }
}

@Injectable()
export class SpeakerLoadersFactory extends PerRequest<SpeakerLoaders> {
  constructor(repo: SpeakersRepository) {
    super(() => new SpeakerLoaders(repo));
  }
}
