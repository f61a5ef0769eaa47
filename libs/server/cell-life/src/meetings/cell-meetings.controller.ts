import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CellMeetingsArgs, MyCellMeetingsArgs, RecordCellMeetingInput, SetAttendanceInput, UpdateCellMeetingInput } from './cell-meeting.dto';
import { CellMeeting, CellMeetingAttendee, CellMeetingConnection, MyCellMeeting } from './cell-meeting.types';
import { CellMeetingsService, publicMeeting } from './cell-meetings.service';

@ApiTags('cell-meetings')
@ApiBearerAuth()
@Controller('cell-meetings')
export class CellMeetingsController {
  constructor(private readonly meetings: CellMeetingsService) {}

  /** Cell meetings (sinh hoạt chi bộ) of your scope, newest first. */
  @Get()
  @Policy('cellMeeting.read')
  @ApiOkResponse({ type: CellMeetingConnection })
  list(@Scope() scope: AccessScope, @Query() query: CellMeetingsArgs) {
    return this.meetings.list(scope, query);
  }

  /** Your own cell meetings of a year (cells you belonged to on the meeting date), newest first, with your attendance. */
  @Get('mine')
  @Policy('cellMeeting.readOwn')
  @ApiOkResponse({ type: [MyCellMeeting] })
  mine(@Scope() scope: AccessScope, @Query() query: MyCellMeetingsArgs) {
    return this.meetings.mine(scope, query);
  }

  @Get(':id')
  @Policy('cellMeeting.read')
  @ApiOkResponse({ type: CellMeeting })
  async get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return publicMeeting(await this.meetings.get(scope, id));
  }

  /** The cell's members on the meeting date (effective-dated) and their attendance; status null = not recorded. */
  @Get(':id/attendance')
  @Policy('cellMeeting.read')
  @ApiOkResponse({ type: [CellMeetingAttendee] })
  attendance(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.meetings.attendance(scope, id);
  }

  /**
   * Records a held meeting of a cell (CELL, or GRASSROOTS without sub-organisations). REGULAR meetings count for a
   * month (default: the month held), one per cell and month; every meeting ends with a resolution or conclusion.
   */
  @Post()
  @Policy('cellMeeting.write')
  @ApiCreatedResponse({ type: CellMeeting })
  @ApiConflictResponse({ description: 'The cell already has a regular meeting for that month' })
  @ApiUnprocessableEntityResponse({ description: 'Not a cell, cell not existing that day, held in the future or before the month' })
  record(@Scope() scope: AccessScope, @Body() body: RecordCellMeetingInput) {
    return this.meetings.record(scope, body);
  }

  @Patch(':id')
  @Policy('cellMeeting.write')
  @ApiOkResponse({ type: CellMeeting })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCellMeetingInput) {
    return this.meetings.update(scope, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Policy('cellMeeting.write')
  @ApiNoContentResponse({ description: 'Deleted with its attendance' })
  async remove(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.meetings.remove(scope, id);
  }

  /** Records attendance; only members of the cell on the meeting date; all entries or none. */
  @Put(':id/attendance')
  @Policy('cellMeeting.write')
  @ApiOkResponse({ type: [CellMeetingAttendee] })
  @ApiUnprocessableEntityResponse({ description: 'Some members were not in the cell on the meeting date (fields entries.N.memberId)' })
  setAttendance(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: SetAttendanceInput) {
    return this.meetings.setAttendance(scope, id, body);
  }
}
