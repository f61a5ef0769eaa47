import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@qt/server-organisations';
import { SpeakerEvaluationsService } from './speaker-evaluations.service';
import { SpeakerLoadersFactory } from './speaker-loaders';
import { SpeakerSessionsRepository } from './speaker-sessions.repository';
import { SpeakerViewsRepository } from './speaker-views.repository';
import { SpeakerViewsResolver } from './speaker-views.resolver';
import { SpeakerViewsService } from './speaker-views.service';
import { SpeakersController } from './speakers.controller';
import { SpeakersRepository } from './speakers.repository';
import { SpeakersResolver } from './speakers.resolver';
import { SpeakersService } from './speakers.service';

/**
 * Reporters module (báo cáo viên, domain.md §7): speaker rosters per level,
 * trainings, yearly assignments, the organisers' evaluation per session and
 * the Propaganda Board's views. Sessions assign speakers (session_speakers);
 * this module evaluates them and reads those rows.
 */
@Module({
  imports: [OrganisationsModule],
  providers: [
    SpeakersRepository,
    SpeakerSessionsRepository,
    SpeakerViewsRepository,
    SpeakersService,
    SpeakerEvaluationsService,
    SpeakerViewsService,
    SpeakerLoadersFactory,
    SpeakersResolver,
    SpeakerViewsResolver,
  ],
  controllers: [SpeakersController],
  exports: [SpeakersService],
})
export class ReportersModule {}
