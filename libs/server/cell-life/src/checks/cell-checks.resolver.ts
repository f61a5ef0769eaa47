import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { CellChecksArgs, RecordCellCheckInput, UncheckedCellsArgs } from './cell-check.dto';
import { CellCheck, CellCheckConnection, UncheckedCellConnection } from './cell-check.types';
import { CellChecksService } from './cell-checks.service';

@Resolver(() => CellCheck)
export class CellChecksResolver {
  constructor(private readonly service: CellChecksService) {}

  @Query(() => CellCheckConnection, { description: 'Six-monthly checks of the cells of your scope, newest first' })
  @Policy('cellCheck.read')
  cellChecks(@Scope() scope: AccessScope, @Args() args: CellChecksArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => UncheckedCellConnection, { description: 'Cells not checked in a half-year' })
  @Policy('cellCheck.read')
  uncheckedCells(@Scope() scope: AccessScope, @Args() args: UncheckedCellsArgs) {
    return this.service.unchecked(scope, args);
  }

  @Mutation(() => CellCheck, { description: 'Records the six-monthly check of a cell by an upper committee' })
  @Policy('cellCheck.write')
  recordCellCheck(@Scope() scope: AccessScope, @Args('input') input: RecordCellCheckInput) {
    return this.service.record(scope, input);
  }
}
