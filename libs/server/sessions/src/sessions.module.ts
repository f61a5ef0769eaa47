import { Module } from '@nestjs/common';

/** Sessions module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class SessionsModule {}
