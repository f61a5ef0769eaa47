import { Module } from '@nestjs/common';

/** Essays module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class EssaysModule {}
