import { Module } from '@nestjs/common';

/** The integration API for other ministry systems: service accounts (OAuth2 client credentials), rate limits. */
@Module({})
export class IntegrationModule {}
