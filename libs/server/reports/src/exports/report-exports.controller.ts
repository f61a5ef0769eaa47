import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { EXPORT_FORMATS, ExportFormat, ReportExportsService } from './report-exports.service';

const file = ({ body, contentType, disposition }: { body: Buffer; contentType: string; disposition: string }) =>
  new StreamableFile(body, { type: contentType, disposition, length: body.length });

/** Files officials use: the snapshot as a workbook (XLSX) and as a printable Party report (DOCX). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportExportsController {
  constructor(private readonly exports: ReportExportsService) {}

  /** A summary sheet and one sheet per level (the tree indented), figures against targets, shortfalls filled red. */
  @Get(':id/export.xlsx')
  @Policy('report.export')
  @ApiProduces(EXPORT_FORMATS.xlsx.contentType)
  @ApiOkResponse({ description: 'The workbook; the file name (Vietnamese) in Content-Disposition filename*', schema: { type: 'string', format: 'binary' } })
  @ApiForbiddenResponse({ description: "The snapshot's root organisation is outside your scope" })
  @ApiNotFoundResponse({ description: 'No such snapshot' })
  async xlsx(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string): Promise<StreamableFile> {
    return file(await this.exports.export(scope, id, 'xlsx' satisfies ExportFormat));
  }

  /** The report laid out as a Party document: heading block, sections I-IV, summary table, organisations below target. */
  @Get(':id/export.docx')
  @Policy('report.export')
  @ApiProduces(EXPORT_FORMATS.docx.contentType)
  @ApiOkResponse({ description: 'The document; the file name (Vietnamese) in Content-Disposition filename*', schema: { type: 'string', format: 'binary' } })
  @ApiForbiddenResponse({ description: "The snapshot's root organisation is outside your scope" })
  @ApiNotFoundResponse({ description: 'No such snapshot' })
  async docx(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string): Promise<StreamableFile> {
    return file(await this.exports.export(scope, id, 'docx'));
  }
}
