import { Body, Controller, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import {
  CellRatingInputsArgs,
  MemberRatingInputsArgs,
  MyRatingInputsArgs,
  RateMemberInput,
  RateOrganisationInput,
  RatingDistributionArgs,
  RatingsArgs,
} from './rating.dto';
import { CellRatingInputs, MemberRatingInputs, Rating, RatingConnection, RatingDistribution } from './rating.types';
import { RatingsService } from './ratings.service';

@ApiTags('ratings')
@ApiBearerAuth()
@Controller('ratings')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Get()
  @Policy('rating.read')
  @ApiOkResponse({ type: RatingConnection })
  list(@Scope() scope: AccessScope, @Query() query: RatingsArgs) {
    return this.ratings.list(scope, query);
  }

  /** Counts by level for organisations and members of a subtree, with the cells and members not rated. */
  @Get('distribution')
  @Policy('rating.read')
  @ApiOkResponse({ type: RatingDistribution })
  distribution(@Scope() scope: AccessScope, @Query() query: RatingDistributionArgs) {
    return this.ratings.distribution(scope, query);
  }

  /** Rating screen of a member: sessions and campaigns studied, essays and grades, cell-meeting attendance, registration. */
  @Get('inputs/member')
  @Policy('rating.read')
  @ApiOkResponse({ type: MemberRatingInputs })
  memberInputs(@Scope() scope: AccessScope, @Query() query: MemberRatingInputsArgs) {
    return this.ratings.memberInputs(scope, query);
  }

  /** Your own rating screen for a year: study, essays, cell-meeting attendance, registration with task result, rating. */
  @Get('mine')
  @Policy('rating.readOwn')
  @ApiOkResponse({ type: MemberRatingInputs })
  mine(@Scope() scope: AccessScope, @Query() query: MyRatingInputsArgs) {
    return this.ratings.myInputs(scope, query);
  }

  /** Rating screen of a cell: meeting compliance and checks, members' study, essays and attendance, registration. */
  @Get('inputs/cell')
  @Policy('rating.read')
  @ApiOkResponse({ type: CellRatingInputs })
  cellInputs(@Scope() scope: AccessScope, @Query() query: CellRatingInputsArgs) {
    return this.ratings.cellInputs(scope, query);
  }

  /** Sets the year's rating of an organisation (replaces an earlier one); your role must be held above it. */
  @Put('organisations')
  @HttpCode(200)
  @Policy('rating.writeOrganisation')
  @ApiOkResponse({ type: Rating })
  @ApiForbiddenResponse({ description: 'Outside your scope, or your own organisation' })
  @ApiUnprocessableEntityResponse({ description: 'ratedOn before 1 November of the year or in the future' })
  rateOrganisation(@Scope() scope: AccessScope, @Body() body: RateOrganisationInput) {
    return this.ratings.rateOrganisation(scope, body);
  }

  /** Sets the year's rating of a member (replaces an earlier one); the member's cell at the year end must be in your scope. */
  @Put('members')
  @HttpCode(200)
  @Policy('rating.writeMember')
  @ApiOkResponse({ type: Rating })
  rateMember(@Scope() scope: AccessScope, @Body() body: RateMemberInput) {
    return this.ratings.rateMember(scope, body);
  }
}
