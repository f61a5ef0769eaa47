import { Module } from '@nestjs/common';

/** CellLife module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class CellLifeModule {}
