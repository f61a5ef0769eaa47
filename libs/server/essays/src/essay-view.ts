import { EssayRow } from './essays.repository';
import { Essay, EssayFlags } from './essay.types';

function flagsOf(row: EssayRow): EssayFlags {
  return {
    tooShort: row.flagTooShort,
    nearDuplicate: row.similarEssayId !== null,
    similarEssayId: row.similarEssayId,
    similarity: row.similarity,
    checkedAt: row.flagsCheckedAt,
  };
}

/** What leaves the API of an essay. `own`: the author's view, without the committee's flags. */
export function toEssay(row: EssayRow, own: boolean): Essay {
  return {
    id: row.id,
    campaignId: row.campaignId,
    campaignCode: row.campaignCode,
    campaignTitle: row.campaignTitle,
    essayDueOn: row.essayDueOn,
    memberId: row.memberId,
    authorName: row.authorName,
    organisationId: row.organisationId,
    body: row.body,
    wordCount: row.wordCount,
    file: row.fileStorageKey
      ? { name: row.fileName ?? 'file', contentType: row.fileContentType ?? 'application/octet-stream', sizeBytes: row.fileSizeBytes ?? 0 }
      : null,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    isLate: row.isLate,
    version: row.version,
    grade: row.grade,
    gradeComment: row.gradeComment,
    gradedAt: row.gradedAt,
    flags: own ? null : flagsOf(row),
  };
}
