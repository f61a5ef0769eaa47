import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
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

const IdArg = () => Args('id', { type: () => ID }, ParseIdPipe);

@Resolver(() => InspectionRecord)
export class RecordsResolver {
  constructor(private readonly service: RecordsService) {}

  @Query(() => InspectionRecordConnection, { description: 'Inspections (cuộc kiểm tra) of organisations in your scope, newest first' })
  @Policy('inspection.read')
  inspectionRecords(@Scope() scope: AccessScope, @Args() args: InspectionRecordsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => InspectionRecord)
  @Policy('inspection.read')
  inspectionRecord(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => InspectionFollowUpConnection, { description: 'Follow-up items of inspections in your scope, by due date' })
  @Policy('inspection.read')
  inspectionFollowUps(@Scope() scope: AccessScope, @Args() args: FollowUpsArgs) {
    return this.service.followUps(scope, args);
  }

  @Mutation(() => InspectionRecord)
  @Policy('inspection.record')
  createInspectionRecord(@Scope() scope: AccessScope, @Args('input') input: CreateInspectionRecordInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => InspectionRecord, { description: 'Writes findings, conclusion, recommendations, team or end date' })
  @Policy('inspection.record')
  updateInspectionRecord(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdateInspectionRecordInput) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => InspectionRecord, { description: 'Records a violation and its handling (Regulation 181-QĐ/TW)' })
  @Policy('inspection.record')
  addInspectionViolation(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: AddViolationInput) {
    return this.service.addViolation(scope, id, input);
  }

  @Mutation(() => InspectionRecord)
  @Policy('inspection.record')
  addInspectionFollowUp(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: AddFollowUpInput) {
    return this.service.addFollowUp(scope, id, input);
  }

  @Mutation(() => InspectionFollowUp)
  @Policy('inspection.record')
  updateInspectionFollowUp(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdateFollowUpInput) {
    return this.service.updateFollowUp(scope, id, input);
  }
}
