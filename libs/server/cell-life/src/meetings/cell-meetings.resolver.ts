import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CellMeetingsArgs, MyCellMeetingsArgs, RecordCellMeetingInput, SetAttendanceInput, UpdateCellMeetingInput } from './cell-meeting.dto';
import { CellMeeting, CellMeetingAttendee, CellMeetingConnection, MyCellMeeting } from './cell-meeting.types';
import { CellMeetingsService, publicMeeting } from './cell-meetings.service';

@Resolver(() => CellMeeting)
export class CellMeetingsResolver {
  constructor(private readonly service: CellMeetingsService) {}

  @Query(() => CellMeeting, { description: 'One cell meeting (sinh hoạt chi bộ) of your scope' })
  @Policy('cellMeeting.read')
  async cellMeeting(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return publicMeeting(await this.service.get(scope, id));
  }

  @Query(() => CellMeetingConnection, { description: 'Cell meetings of your scope (or of withinId), newest first' })
  @Policy('cellMeeting.read')
  cellMeetings(@Scope() scope: AccessScope, @Args() args: CellMeetingsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => [CellMeetingAttendee], { description: "The cell's members on the meeting date and their attendance" })
  @Policy('cellMeeting.read')
  cellMeetingAttendance(@Scope() scope: AccessScope, @Args('meetingId', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.attendance(scope, id);
  }

  @Query(() => [MyCellMeeting], { description: 'Your own cell meetings of a year (cells you belonged to that day), with your attendance' })
  @Policy('cellMeeting.readOwn')
  myCellMeetings(@Scope() scope: AccessScope, @Args() args: MyCellMeetingsArgs) {
    return this.service.mine(scope, args);
  }

  @Mutation(() => CellMeeting, { description: 'Records a held meeting; one REGULAR meeting per cell and month' })
  @Policy('cellMeeting.write')
  recordCellMeeting(@Scope() scope: AccessScope, @Args('input') input: RecordCellMeetingInput) {
    return this.service.record(scope, input);
  }

  @Mutation(() => CellMeeting, { description: 'Topic, conclusion, linked resolution' })
  @Policy('cellMeeting.write')
  updateCellMeeting(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateCellMeetingInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a meeting recorded by mistake, with its attendance' })
  @Policy('cellMeeting.write')
  deleteCellMeeting(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.remove(scope, id);
  }

  @Mutation(() => [CellMeetingAttendee], { description: 'Records attendance of members of the cell on the meeting date (all or none)' })
  @Policy('cellMeeting.write')
  setCellMeetingAttendance(
    @Scope() scope: AccessScope,
    @Args('meetingId', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: SetAttendanceInput,
  ) {
    return this.service.setAttendance(scope, id, input);
  }
}
