import { Module } from '@nestjs/common';

/** Reporters module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class ReportersModule {}
