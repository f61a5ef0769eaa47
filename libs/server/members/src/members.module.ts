import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@qt/server-organisations';
import { MembersBulkService } from './bulk/members-bulk.service';
import { MemberLoadersFactory } from './member-loaders';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembershipResolver, MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [OrganisationsModule],
  providers: [
    MembersRepository,
    MembersService,
    MembersBulkService,
    MemberLoadersFactory,
    MembersResolver,
    MembershipResolver,
  ],
  controllers: [MembersController],
  exports: [MembersService, MemberLoadersFactory],
})
export class MembersModule {}
