import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, AppException, PageArgs, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import type { FastifyRequest } from 'fastify';
import { CampaignScopeArgs, EssayBodyInput, EssaysToGradeQuery, EssayStatusArgs, GradeEssayInput } from './dtos/essay.dto';
import { Essay, EssayConnection, EssayDetail, EssayStatusConnection } from './essay.types';
import { EssaysService } from './essays.service';
import { ESSAY_FILE_TYPES, EssayFilesService } from './files/essay-files.service';

const EDIT_REFUSED =
  "Edit after the end of the campaign's essayDueOn (Asia/Ho_Chi_Minh) or after grading (field named); campaign not open; " +
  'not required by the campaign';

/**
 * Essays (bài thu hoạch): your own under `/essays/mine` and `/essays/{campaignId}/mine`, the
 * committee's grading queue, detail and grades under `/essays` and `/essays/{id}`, and who still owes
 * one under `/essays/missing` and `/essays/status`.
 */
@ApiTags('essays')
@ApiBearerAuth()
@Controller('essays')
export class EssaysController {
  constructor(
    private readonly essays: EssaysService,
    private readonly files: EssayFilesService,
  ) {}

  /** Your essays, newest first. */
  @Get('mine')
  @Policy('essay.readOwn')
  @ApiOkResponse({ type: EssayConnection })
  myEssays(@Scope() scope: AccessScope, @Query() query: PageArgs) {
    return this.essays.myEssays(scope, query);
  }

  /** The grading queue: essays of a campaign in your scope, oldest submission first. */
  @Get()
  @Policy('essay.grade')
  @ApiOkResponse({ type: EssayConnection })
  gradingQueue(@Scope() scope: AccessScope, @Query() query: EssaysToGradeQuery) {
    const { flagged, tooShort, nearDuplicate, graded, ...args } = query;
    return this.essays.gradingQueue(scope, args, { flagged, tooShort, nearDuplicate, graded });
  }

  /** Members who must write an essay and have none yet (exempt members are never listed). */
  @Get('missing')
  @Policy('essay.track')
  @ApiOkResponse({ type: EssayStatusConnection })
  missing(@Scope() scope: AccessScope, @Query() query: CampaignScopeArgs) {
    return this.essays.missing(scope, query);
  }

  /** Every member the campaign requires with their essay state; exempt members show reason and basis. */
  @Get('status')
  @Policy('essay.track')
  @ApiOkResponse({ type: EssayStatusConnection })
  status(@Scope() scope: AccessScope, @Query() query: EssayStatusArgs) {
    return this.essays.statuses(scope, query);
  }

  /** Your essay for a campaign (404 before you submit one). */
  @Get(':campaignId/mine')
  @Policy('essay.readOwn')
  @ApiOkResponse({ type: Essay })
  async mine(@Scope() scope: AccessScope, @Param('campaignId', ParseIdPipe) campaignId: string) {
    const essay = await this.essays.myEssay(scope, campaignId);
    if (!essay) throw AppException.notFound('Essay');
    return essay;
  }

  /**
   * Submits or edits your essay (one per campaign; the same text again changes nothing). Allowed when
   * the campaign requires you to study it. Edits are refused after the end of essayDueOn
   * (Asia/Ho_Chi_Minh) and after grading (422, field `body`); a first submission after the due day
   * is accepted and marked late (`isLate`).
   */
  @Put(':campaignId/mine')
  @Policy('essay.writeOwn')
  @ApiOkResponse({ type: Essay })
  @ApiUnprocessableEntityResponse({ description: EDIT_REFUSED })
  submit(@Scope() scope: AccessScope, @Param('campaignId', ParseIdPipe) campaignId: string, @Body() body: EssayBodyInput) {
    return this.essays.submit(scope, campaignId, body.body);
  }

  /**
   * Attaches a file to your essay (replaces the previous one): multipart/form-data with one part
   * `file` (pdf, doc, docx, odt, txt; at most UPLOAD_MAX_MEGABYTES MiB) and, before it, an optional
   * text field `body` that submits or edits the text in the same step (required for a first
   * submission). The same deadline and grading rules as for the text apply (422, field `file`).
   */
  @Post(':campaignId/mine/file')
  @HttpCode(200)
  @Policy('essay.writeOwn')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        body: { type: 'string', description: 'Essay text (optional; required when you have no essay yet)' },
        file: { type: 'string', format: 'binary', description: Object.keys(ESSAY_FILE_TYPES).join(', ') },
      },
    },
  })
  @ApiOkResponse({ type: Essay })
  @ApiPayloadTooLargeResponse({ description: 'File larger than UPLOAD_MAX_MEGABYTES (field file)' })
  @ApiUnprocessableEntityResponse({ description: EDIT_REFUSED })
  upload(@Scope() scope: AccessScope, @Param('campaignId', ParseIdPipe) campaignId: string, @Req() req: FastifyRequest) {
    return this.files.upload(scope, campaignId, req as never);
  }

  /** The file attached to your essay. */
  @Get(':campaignId/mine/file')
  @Policy('essay.readOwn')
  @ApiProduces(...Object.values(ESSAY_FILE_TYPES))
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No essay or no file' })
  async myFile(@Scope() scope: AccessScope, @Param('campaignId', ParseIdPipe) campaignId: string) {
    return this.files.download(await this.essays.ownRow(scope, campaignId));
  }

  /** An essay of your scope with its flags and, for a near-duplicate, the similar essay. */
  @Get(':id')
  @Policy('essay.grade')
  @ApiOkResponse({ type: EssayDetail })
  @ApiForbiddenResponse({ description: 'The essay belongs to an organisation outside your scope' })
  detail(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.essays.detail(scope, id);
  }

  /** The file attached to an essay of your scope. */
  @Get(':id/file')
  @Policy('essay.grade')
  @ApiProduces(...Object.values(ESSAY_FILE_TYPES))
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.files.download(await this.essays.get(scope, id));
  }

  /** Grades an essay 0-10 with a comment; grading again corrects the grade. The author can then no longer edit it. */
  @Post(':id/grade')
  @HttpCode(200)
  @Policy('essay.grade')
  @ApiOkResponse({ type: Essay })
  grade(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: GradeEssayInput) {
    return this.essays.grade(scope, id, body);
  }
}
