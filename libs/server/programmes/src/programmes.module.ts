import { Module } from '@nestjs/common';

/** Programmes module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class ProgrammesModule {}
