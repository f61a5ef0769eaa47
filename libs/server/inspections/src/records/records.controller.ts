import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  AddFollowUpInput,
  AddViolationInput,
  CreateInspectionRecordInput,
  FollowUpsArgs,
  InspectionRecordsArgs,
  UpdateFollowUpInput,
  UpdateInspectionRecordInput,
} from './record.dto';
import { InspectionFollowUp, InspectionFollowUpConnection, InspectionRecord, InspectionRecordConnection } from './record.types';
import { RecordsService } from './records.service';

/** Inspection records (cuộc kiểm tra): team, findings, conclusion, violations under 181-QĐ/TW, follow-ups. */
@ApiTags('inspections')
@ApiBearerAuth()
@Controller('inspections')
export class RecordsController {
  constructor(private readonly service: RecordsService) {}

  @Get('records')
  @Policy('inspection.read')
  @ApiOkResponse({ type: InspectionRecordConnection })
  list(@Scope() scope: AccessScope, @Query() query: InspectionRecordsArgs) {
    return this.service.list(scope, query);
  }

  @Post('records')
  @Policy('inspection.record')
  @ApiCreatedResponse({ type: InspectionRecord })
  @ApiUnprocessableEntityResponse({ description: 'Organisation not below the committee, plan of another committee, no single lead' })
  create(@Scope() scope: AccessScope, @Body() body: CreateInspectionRecordInput) {
    return this.service.create(scope, body);
  }

  @Get('records/:id')
  @Policy('inspection.read')
  @ApiOkResponse({ type: InspectionRecord })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Patch('records/:id')
  @Policy('inspection.record')
  @ApiOkResponse({ type: InspectionRecord })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateInspectionRecordInput) {
    return this.service.update(scope, id, body);
  }

  @Post('records/:id/violations')
  @Policy('inspection.record')
  @ApiCreatedResponse({ type: InspectionRecord })
  @ApiUnprocessableEntityResponse({ description: 'Discipline form not allowed for the subject, subject outside the inspected organisation' })
  addViolation(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AddViolationInput) {
    return this.service.addViolation(scope, id, body);
  }

  @Post('records/:id/follow-ups')
  @Policy('inspection.record')
  @ApiCreatedResponse({ type: InspectionRecord })
  addFollowUp(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AddFollowUpInput) {
    return this.service.addFollowUp(scope, id, body);
  }

  @Get('follow-ups')
  @Policy('inspection.read')
  @ApiOkResponse({ type: InspectionFollowUpConnection })
  followUps(@Scope() scope: AccessScope, @Query() query: FollowUpsArgs) {
    return this.service.followUps(scope, query);
  }

  @Patch('follow-ups/:id')
  @Policy('inspection.record')
  @ApiOkResponse({ type: InspectionFollowUp })
  updateFollowUp(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateFollowUpInput) {
    return this.service.updateFollowUp(scope, id, body);
  }
}
