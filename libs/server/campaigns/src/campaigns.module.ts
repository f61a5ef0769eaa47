import { Module } from '@nestjs/common';

/** Campaigns module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class CampaignsModule {}
