import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { CellChecksArgs, RecordCellCheckInput, UncheckedCellsArgs } from './cell-check.dto';
import { CellCheck, CellCheckConnection, UncheckedCellConnection } from './cell-check.types';
import { CellChecksService } from './cell-checks.service';

@ApiTags('cell-checks')
@ApiBearerAuth()
@Controller('cell-checks')
export class CellChecksController {
  constructor(private readonly checks: CellChecksService) {}

  /** Six-monthly checks (kiểm tra chi bộ 6 tháng) of the cells of your scope, newest first. */
  @Get()
  @Policy('cellCheck.read')
  @ApiOkResponse({ type: CellCheckConnection })
  list(@Scope() scope: AccessScope, @Query() query: CellChecksArgs) {
    return this.checks.list(scope, query);
  }

  /** Cells that existed through the half-year and have no check for it. */
  @Get('unchecked')
  @Policy('cellCheck.read')
  @ApiOkResponse({ type: UncheckedCellConnection })
  unchecked(@Scope() scope: AccessScope, @Query() query: UncheckedCellsArgs) {
    return this.checks.unchecked(scope, query);
  }

  /** Records a check; the checking organisation must be an ancestor of the cell; one per cell, year and half. */
  @Post()
  @Policy('cellCheck.write')
  @ApiCreatedResponse({ type: CellCheck })
  @ApiConflictResponse({ description: 'The cell already has a check for that half-year' })
  @ApiUnprocessableEntityResponse({ description: 'Checking organisation not an ancestor; not a cell; date out of range' })
  record(@Scope() scope: AccessScope, @Body() body: RecordCellCheckInput) {
    return this.checks.record(scope, body);
  }
}
