import {
  countWords,
  estimatedSimilarity,
  jaccard,
  LSH_BANDS,
  lshBands,
  minhashSignature,
  normalisedWords,
  NUM_PERMUTATIONS,
} from './minhash';

const ESSAY = [
  'Qua nghiên cứu, học tập các nghị quyết Hội nghị Trung ương 7 khóa XII, bản thân tôi nhận thức sâu sắc hơn về vị trí, vai trò của đội ngũ cán bộ, nhất là cán bộ cấp chiến lược, là nhân tố quyết định sự thành bại của cách mạng.',
  'Nghị quyết số 26-NQ/TW đã chỉ rõ thực trạng, những hạn chế, yếu kém trong công tác cán bộ và đề ra mục tiêu xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.',
  'Điểm mới quan trọng là yêu cầu kiểm soát quyền lực trong công tác cán bộ, chống chạy chức, chạy quyền, thực hiện nhất quán nguyên tắc Đảng thống nhất lãnh đạo công tác cán bộ và quản lý đội ngũ cán bộ.',
  'Nghị quyết số 27-NQ/TW về cải cách chính sách tiền lương xác định tiền lương phải thực sự là nguồn thu nhập chính bảo đảm đời sống người lao động và gia đình, trả lương đúng là đầu tư cho phát triển nguồn nhân lực.',
  'Nghị quyết số 28-NQ/TW về cải cách chính sách bảo hiểm xã hội hướng tới mục tiêu bảo hiểm xã hội toàn dân, phát triển hệ thống bảo hiểm xã hội linh hoạt, đa tầng, hiện đại và hội nhập quốc tế.',
  'Liên hệ với cơ quan, đơn vị, tôi thấy cần tiếp tục rà soát quy hoạch, đánh giá cán bộ theo kết quả công việc, gắn trách nhiệm người đứng đầu với chất lượng công tác chuyên môn được giao.',
  'Về trách nhiệm cá nhân, tôi xác định phải thường xuyên tu dưỡng, rèn luyện phẩm chất đạo đức, nâng cao trình độ chuyên môn, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  'Tôi đề xuất chi bộ đưa nội dung nghị quyết vào sinh hoạt chuyên đề hằng quý, phân công đảng viên theo dõi việc thực hiện và định kỳ kiểm điểm, đánh giá kết quả cụ thể trong từng lĩnh vực công tác.',
];
const essay = ESSAY.join(' ');

/** A few words changed, two sentences swapped, punctuation and case touched. */
const edited = [ESSAY[0], ESSAY[2], ESSAY[1], ...ESSAY.slice(3)]
  .join(' ')
  .replace('sâu sắc hơn', 'rõ hơn')
  .replace('nhân tố quyết định', 'yếu tố quyết định')
  .replace('ngang tầm nhiệm vụ.', 'ngang tầm nhiệm vụ mới!')
  .replace('Về trách nhiệm cá nhân', 'VỀ TRÁCH NHIỆM BẢN THÂN');

const unrelated = [
  'Chi bộ chúng tôi tổ chức sinh hoạt thường kỳ vào ngày mùng năm hằng tháng tại phòng họp tầng ba của cơ quan.',
  'Trong quý vừa qua, đơn vị đã hoàn thành báo cáo tài chính, kiểm kê tài sản cố định và tổ chức hội thao chào mừng ngày thành lập ngành.',
  'Công đoàn phối hợp với đoàn thanh niên tổ chức chuyến thăm hỏi gia đình chính sách ở huyện miền núi, trao quà và học bổng cho học sinh nghèo vượt khó.',
  'Năm tới, phòng hành chính sẽ nâng cấp hệ thống máy tính, số hóa hồ sơ lưu trữ và tập huấn kỹ năng văn thư cho cán bộ mới tuyển dụng.',
].join(' ');

describe('essay similarity (MinHash over 3-word shingles)', () => {
  it('counts Vietnamese words as whitespace-separated tokens after NFC', () => {
    expect(countWords('  Học tập,   quán triệt\nnghị quyết  ')).toBe(6);
    expect(countWords('')).toBe(0);
    // NFD input (typed on a Mac) counts the same.
    expect(countWords('nghị quyết'.normalize('NFD'))).toBe(2);
  });

  it('normalises words: lower case, diacritics folded, punctuation dropped', () => {
    expect(normalisedWords('Đảng viên, “tự diễn biến”!')).toEqual(['dang', 'vien', 'tu', 'dien', 'bien']);
    expect(normalisedWords('nghị quyết'.normalize('NFD'))).toEqual(['nghi', 'quyet']);
  });

  it('gives 1.0 for identical texts, and for the same text without diacritics', () => {
    const a = minhashSignature(essay)!;
    expect(a).toHaveLength(NUM_PERMUTATIONS);
    expect(estimatedSimilarity(a, minhashSignature(essay)!)).toBe(1);
    const stripped = essay.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '');
    expect(estimatedSimilarity(a, minhashSignature(stripped)!)).toBe(1);
  });

  it('rates a lightly edited copy (words changed, sentences reordered) at 0.8 or more', () => {
    expect(jaccard(essay, edited)).toBeGreaterThanOrEqual(0.8);
    expect(estimatedSimilarity(minhashSignature(essay)!, minhashSignature(edited)!)).toBeGreaterThanOrEqual(0.8);
  });

  it('rates unrelated essays low', () => {
    expect(estimatedSimilarity(minhashSignature(essay)!, minhashSignature(unrelated)!)).toBeLessThan(0.1);
  });

  it('has no signature for a text without words', () => {
    expect(minhashSignature(' … — ')).toBeNull();
  });

  it('puts an edited copy in at least one shared LSH band, an unrelated essay in none', () => {
    const a = lshBands(minhashSignature(essay)!);
    const b = lshBands(minhashSignature(edited)!);
    const c = lshBands(minhashSignature(unrelated)!);
    expect(a).toHaveLength(LSH_BANDS);
    expect(a.some((h, i) => h === b[i])).toBe(true);
    expect(a.some((h, i) => h === c[i])).toBe(false);
  });
});
