import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { SessionClosePlanner } from './jobs/close-planner';
import { ParticipantsRepository } from './participants/participants.repository';
import { ParticipantsService } from './participants/participants.service';
import { RollCallResolver } from './roll-call/roll-call.resolver';
import { RollCallService } from './roll-call/roll-call.service';
import { SessionLoadersFactory } from './session-loaders';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

/** Sessions module (API side): study sessions, participant lists, roll call, make-up. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.sessions })],
  providers: [
    SessionsRepository,
    ParticipantsRepository,
    SessionsService,
    ParticipantsService,
    RollCallService,
    SessionClosePlanner,
    SessionLoadersFactory,
    SessionsResolver,
    RollCallResolver,
  ],
  controllers: [SessionsController],
  exports: [SessionsService, ParticipantsService],
})
export class SessionsModule {}
