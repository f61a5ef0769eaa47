/**
 * Builders and texts for the essays tests (bài thu hoạch): essay texts about the 7th Plenum
 * resolutions (seed 004), a lightly edited copy, dates around today in Asia/Ho_Chi_Minh, polling.
 */
import { TestApp } from './test-app';

export const ESSAY_SENTENCES = [
  'Qua nghiên cứu, học tập các nghị quyết Hội nghị Trung ương 7 khóa XII, bản thân tôi nhận thức sâu sắc hơn về vị trí, vai trò của đội ngũ cán bộ, nhất là cán bộ cấp chiến lược, là nhân tố quyết định sự thành bại của cách mạng.',
  'Nghị quyết số 26-NQ/TW đã chỉ rõ thực trạng, những hạn chế, yếu kém trong công tác cán bộ và đề ra mục tiêu xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.',
  'Điểm mới quan trọng là yêu cầu kiểm soát quyền lực trong công tác cán bộ, chống chạy chức, chạy quyền, thực hiện nhất quán nguyên tắc Đảng thống nhất lãnh đạo công tác cán bộ và quản lý đội ngũ cán bộ.',
  'Nghị quyết số 27-NQ/TW về cải cách chính sách tiền lương xác định tiền lương phải thực sự là nguồn thu nhập chính bảo đảm đời sống người lao động và gia đình, trả lương đúng là đầu tư cho phát triển nguồn nhân lực.',
  'Nghị quyết số 28-NQ/TW về cải cách chính sách bảo hiểm xã hội hướng tới mục tiêu bảo hiểm xã hội toàn dân, phát triển hệ thống bảo hiểm xã hội linh hoạt, đa tầng, hiện đại và hội nhập quốc tế.',
  'Liên hệ với cơ quan, đơn vị, tôi thấy cần tiếp tục rà soát quy hoạch, đánh giá cán bộ theo kết quả công việc, gắn trách nhiệm người đứng đầu với chất lượng công tác chuyên môn được giao.',
  'Về trách nhiệm cá nhân, tôi xác định phải thường xuyên tu dưỡng, rèn luyện phẩm chất đạo đức, nâng cao trình độ chuyên môn, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  'Tôi đề xuất chi bộ đưa nội dung nghị quyết vào sinh hoạt chuyên đề hằng quý, phân công đảng viên theo dõi việc thực hiện và định kỳ kiểm điểm, đánh giá kết quả cụ thể trong từng lĩnh vực công tác.',
];

/** A full essay of about 330 words. */
export const ESSAY = ESSAY_SENTENCES.join(' ');

/** The essay copied with a few words changed and two sentences swapped (sao chép, sửa qua loa). */
export const EDITED_COPY = [ESSAY_SENTENCES[0], ESSAY_SENTENCES[2], ESSAY_SENTENCES[1], ...ESSAY_SENTENCES.slice(3)]
  .join(' ')
  .replace('sâu sắc hơn', 'rõ hơn')
  .replace('nhân tố quyết định', 'yếu tố quyết định')
  .replace('Về trách nhiệm cá nhân', 'Về trách nhiệm bản thân');

/** An essay of its own, on the same resolutions. */
export const OTHER_ESSAY = [
  'Là cán bộ làm công tác tổ chức, tôi đặc biệt quan tâm tới yêu cầu đổi mới mạnh mẽ công tác đánh giá cán bộ theo tiêu chí cụ thể, bằng sản phẩm, thông qua khảo sát, đo lường mức độ tín nhiệm.',
  'Đơn vị tôi sẽ xây dựng bộ tiêu chí đánh giá từng vị trí việc làm, công khai kết quả hằng quý và lấy đó làm căn cứ bố trí, luân chuyển, khen thưởng hoặc thay thế những người không hoàn thành nhiệm vụ.',
  'Với chính sách tiền lương mới, phòng kế hoạch tài chính cần chủ động rà soát biên chế, sắp xếp lại bộ máy tinh gọn, tiết kiệm chi thường xuyên để tạo nguồn cải cách tiền lương theo lộ trình.',
  'Bản thân tôi cam kết hoàn thành tốt nhiệm vụ được giao, tuyên truyền để đồng nghiệp hiểu đúng về bảo hiểm xã hội tự nguyện và vận động người thân tham gia.',
].join(' ');

/** Too short to count as an essay (sơ sài). */
export const SHORT_ESSAY = 'Tôi nhất trí cao với nội dung các nghị quyết và sẽ thực hiện nghiêm túc.';

/** A date `offset` days from today in Asia/Ho_Chi_Minh, yyyy-MM-dd. */
export async function vnDate(t: TestApp, offset: number): Promise<string> {
  const [row] = await t.query<{ d: string }>(`SELECT ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + $1::int)::text AS d`, [offset]);
  return row.d;
}

/** Polls until `check` returns a value (not undefined/false), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const ESSAY_FIELDS = `id campaignId memberId authorName organisationId body wordCount isLate version grade gradeComment
  submittedAt essayDueOn file { name contentType sizeBytes } flags { tooShort nearDuplicate similarEssayId similarity checkedAt }`;

/** submitEssay through GraphQL. */
export function submitEssay(t: TestApp, token: string, campaignId: string, body: string) {
  return t.gql(token, `mutation($input: SubmitEssayInput!) { submitEssay(input: $input) { ${ESSAY_FIELDS} } }`, {
    input: { campaignId, body },
  });
}

export function gradeEssay(t: TestApp, token: string, id: string, grade: number, comment?: string) {
  return t.gql(token, `mutation($id: ID!, $input: GradeEssayInput!) { gradeEssay(id: $id, input: $input) { ${ESSAY_FIELDS} } }`, {
    id,
    input: { grade, comment },
  });
}

/** An exemption with its basis (seed 004 §6). */
export async function insertExemption(t: TestApp, memberId: string, reason: string, basis: string, validFrom = '2020-01-01') {
  await t.query(`INSERT INTO member_exemptions (member_id, reason, basis, valid_from) VALUES ($1, $2, $3, $4)`, [
    memberId,
    reason,
    basis,
    validFrom,
  ]);
}
