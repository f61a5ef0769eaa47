/**
 * Vocabulary of the demo data: Vietnamese personal names (with diacritics,
 * family names weighted like the population) and the names of the central
 * agencies, their units and departments. The directly subordinate committees
 * follow the real Đảng bộ Khối các cơ quan Trung ương as far as it is public;
 * units beyond the listed ones are invented but plausible.
 */
import { Gender } from '@qt/shared-domain';
import type { Prng, Weighted } from './prng';

// ------------------------------------------------------------------ people --

/** Family names (họ) with their approximate share of the population, in percent. */
export const FAMILY_NAMES: readonly Weighted<string>[] = [
  ['Nguyễn', 38.4],
  ['Trần', 12.1],
  ['Lê', 9.5],
  ['Phạm', 7.0],
  ['Hoàng', 3.4],
  ['Huỳnh', 1.7],
  ['Phan', 4.5],
  ['Vũ', 2.4],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2.0],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1.0],
  ['Lý', 0.5],
  ['Đinh', 0.9],
  ['Đào', 0.7],
  ['Trịnh', 0.6],
  ['Trương', 0.6],
  ['Lương', 0.5],
  ['Hà', 0.5],
  ['Mai', 0.5],
  ['Cao', 0.4],
  ['Tạ', 0.3],
  ['Lưu', 0.3],
  ['Phùng', 0.3],
  ['Chu', 0.3],
  ['Tô', 0.3],
  ['Lại', 0.2],
  ['Kiều', 0.2],
  ['Vương', 0.2],
  ['Thái', 0.2],
  ['Triệu', 0.2],
  ['Nông', 0.2],
  ['Quách', 0.1],
  ['Khúc', 0.05],
  ['Âu', 0.05],
];

export const MIDDLE_NAMES: Readonly<Record<Gender, readonly Weighted<string>[]>> = {
  [Gender.MALE]: [
    ['Văn', 28],
    ['Đức', 9],
    ['Minh', 9],
    ['Thanh', 5],
    ['Hữu', 6],
    ['Quang', 6],
    ['Ngọc', 3],
    ['Xuân', 4],
    ['Công', 4],
    ['Đình', 5],
    ['Mạnh', 3],
    ['Tuấn', 2],
    ['Quốc', 4],
    ['Trọng', 3],
    ['Anh', 2],
    ['Hoàng', 2],
    ['Việt', 2],
    ['Thế', 2],
    ['Tiến', 1],
  ],
  [Gender.FEMALE]: [
    ['Thị', 52],
    ['Ngọc', 7],
    ['Thu', 6],
    ['Thanh', 6],
    ['Minh', 4],
    ['Phương', 3],
    ['Hồng', 4],
    ['Kim', 3],
    ['Bích', 2],
    ['Hoài', 2],
    ['Thùy', 3],
    ['Mai', 2],
    ['Diệu', 1],
    ['Khánh', 2],
    ['Lan', 1],
    ['Quỳnh', 2],
  ],
};

export const GIVEN_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  [Gender.MALE]: [
    'Anh', 'Bình', 'Cường', 'Dũng', 'Dương', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Hưng',
    'Khoa', 'Khánh', 'Kiên', 'Lâm', 'Long', 'Lợi', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân',
    'Quang', 'Sơn', 'Tài', 'Thành', 'Thắng', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh',
    'Tiến', 'Thái', 'Hậu', 'Hiển', 'Hòa', 'Lộc', 'Mạnh', 'Tâm', 'Thanh', 'Tú', 'Vũ', 'Chiến', 'Duy',
    'Giang', 'Hào', 'Khải', 'Luân', 'Ngọc', 'Nhân', 'Quý', 'Sang', 'Thuận', 'Trí', 'Trường', 'Vương',
  ],
  [Gender.FEMALE]: [
    'Anh', 'Châu', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huyền', 'Hương', 'Lan',
    'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh',
    'Thảo', 'Thanh', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Hồng', 'Thu', 'Hậu', 'Diệp',
    'Duyên', 'Hòa', 'Lệ', 'Ly', 'My', 'Nguyệt', 'Nhàn', 'Phượng', 'Tâm', 'Thúy', 'Trinh', 'Vy', 'Xuân',
  ],
};

/** True when the text carries at least one Vietnamese (non-ASCII) letter. */
export function hasDiacritics(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}

/** A full name: family, middle (sometimes two) and given name. Always carries diacritics. */
export function vietnameseFullName(rng: Prng, gender: Gender): string {
  const family = rng.weighted(FAMILY_NAMES);
  const middles = [rng.weighted(MIDDLE_NAMES[gender])];
  // A second middle name now and then ("Nguyễn Thị Thu Hà", "Trần Quang Minh Đức").
  if (rng.chance(0.12)) {
    const second = rng.weighted(MIDDLE_NAMES[gender]);
    if (second !== middles[0] && second !== 'Thị' && second !== 'Văn') middles.push(second);
  }
  let given = rng.pick(GIVEN_NAMES[gender]);
  for (let i = 0; i < 8 && middles.includes(given); i += 1) given = rng.pick(GIVEN_NAMES[gender]);
  const name = [family, ...middles, given].join(' ');
  if (hasDiacritics(name)) return name;
  // "Mai Thanh Linh" has none: the most common middle name has.
  return [family, gender === Gender.MALE ? 'Văn' : 'Thị', ...middles.slice(1), given].join(' ');
}

// ---------------------------------------------------------- organisations --

export const ROOT_CODE = 'DUK';
export const ROOT_NAME = 'Đảng bộ Khối các cơ quan Trung ương';
export const ROOT_AGENCY = 'Khối các cơ quan Trung ương';

export interface DirectCommitteeDef {
  /** Code segment, upper-case ASCII, at most 7 characters. */
  code: string;
  /** The agency (cơ quan); the committee is "Đảng bộ <agency>". */
  agency: string;
  /** Title of the head of the agency. */
  head: string;
  /** Real units, used first as grassroots committees (upper-grassroots only). */
  units: readonly string[];
  /** Relative size. */
  size: number;
}

/** The 35 upper-grassroots committees (đảng bộ cấp trên cơ sở) directly under the bloc. */
export const UPPER_GRASSROOTS_COMMITTEES: readonly DirectCommitteeDef[] = [
  { code: 'BCT', agency: 'Bộ Công Thương', head: 'Bộ trưởng', size: 9, units: ['Tổng cục Quản lý thị trường', 'Cục Xuất nhập khẩu', 'Cục Điều tiết điện lực', 'Cục Công nghiệp', 'Vụ Thị trường trong nước', 'Viện Nghiên cứu Chiến lược, Chính sách Công Thương', 'Cục Xúc tiến thương mại', 'Cục Phòng vệ thương mại', 'Báo Công Thương'] },
  { code: 'BTP', agency: 'Bộ Tư pháp', head: 'Bộ trưởng', size: 6, units: ['Tổng cục Thi hành án dân sự', 'Cục Trợ giúp pháp lý', 'Cục Bổ trợ tư pháp', 'Cục Hộ tịch, quốc tịch, chứng thực', 'Học viện Tư pháp', 'Vụ Pháp luật quốc tế', 'Báo Pháp luật Việt Nam'] },
  { code: 'NHNN', agency: 'Ngân hàng Nhà nước Việt Nam', head: 'Thống đốc', size: 8, units: ['Cơ quan Thanh tra, giám sát ngân hàng', 'Vụ Chính sách tiền tệ', 'Sở Giao dịch', 'Cục Phát hành và Kho quỹ', 'Học viện Ngân hàng', 'Vụ Tín dụng các ngành kinh tế', 'Cục Công nghệ thông tin', 'Thời báo Ngân hàng'] },
  { code: 'VPTW', agency: 'Văn phòng Trung ương Đảng', head: 'Chánh Văn phòng', size: 6, units: ['Vụ Tổng hợp', 'Vụ Hành chính - Lưu trữ', 'Cục Quản trị T.78', 'Cục Tài chính', 'Nhà khách Trung ương', 'Cục Cơ yếu Đảng - Chính quyền'] },
  { code: 'BTGTW', agency: 'Ban Tuyên giáo Trung ương', head: 'Trưởng ban', size: 4, units: ['Vụ Lý luận chính trị', 'Vụ Báo chí - Xuất bản', 'Vụ Văn hóa - Văn nghệ', 'Vụ Khoa giáo', 'Vụ Tuyên truyền', 'Viện Dư luận xã hội', 'Tạp chí Tuyên giáo'] },
  { code: 'BTCTW', agency: 'Ban Tổ chức Trung ương', head: 'Trưởng ban', size: 4, units: ['Vụ Tổ chức - Điều lệ', 'Vụ Cán bộ, công chức', 'Vụ Đảng viên', 'Vụ Bảo vệ chính trị nội bộ', 'Viện Khoa học tổ chức nhà nước', 'Tạp chí Xây dựng Đảng'] },
  { code: 'BTC', agency: 'Bộ Tài chính', head: 'Bộ trưởng', size: 12, units: ['Tổng cục Thuế', 'Tổng cục Hải quan', 'Tổng cục Dự trữ Nhà nước', 'Kho bạc Nhà nước', 'Ủy ban Chứng khoán Nhà nước', 'Vụ Ngân sách nhà nước', 'Học viện Tài chính', 'Cục Quản lý công sản', 'Thời báo Tài chính Việt Nam'] },
  { code: 'BKHDT', agency: 'Bộ Kế hoạch và Đầu tư', head: 'Bộ trưởng', size: 7, units: ['Tổng cục Thống kê', 'Cục Đầu tư nước ngoài', 'Cục Quản lý đăng ký kinh doanh', 'Vụ Tổng hợp kinh tế quốc dân', 'Viện Chiến lược phát triển', 'Cục Phát triển doanh nghiệp', 'Báo Đầu tư'] },
  { code: 'BNG', agency: 'Bộ Ngoại giao', head: 'Bộ trưởng', size: 6, units: ['Cục Lễ tân Nhà nước', 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài', 'Vụ Tổng hợp kinh tế', 'Học viện Ngoại giao', 'Cục Lãnh sự', 'Vụ Thông tin Báo chí'] },
  { code: 'BNV', agency: 'Bộ Nội vụ', head: 'Bộ trưởng', size: 5, units: ['Ban Tôn giáo Chính phủ', 'Ban Thi đua - Khen thưởng Trung ương', 'Cục Văn thư và Lưu trữ nhà nước', 'Vụ Tổ chức - Biên chế', 'Vụ Chính quyền địa phương', 'Tạp chí Tổ chức nhà nước'] },
  { code: 'BGTVT', agency: 'Bộ Giao thông vận tải', head: 'Bộ trưởng', size: 8, units: ['Tổng cục Đường bộ Việt Nam', 'Cục Hàng không Việt Nam', 'Cục Hàng hải Việt Nam', 'Cục Đường sắt Việt Nam', 'Cục Đăng kiểm Việt Nam', 'Cục Đường thủy nội địa Việt Nam', 'Báo Giao thông'] },
  { code: 'BXD', agency: 'Bộ Xây dựng', head: 'Bộ trưởng', size: 5, units: ['Cục Giám định nhà nước về chất lượng công trình xây dựng', 'Cục Quản lý nhà và thị trường bất động sản', 'Cục Phát triển đô thị', 'Viện Kiến trúc quốc gia', 'Vụ Vật liệu xây dựng', 'Báo Xây dựng'] },
  { code: 'BNNPTNT', agency: 'Bộ Nông nghiệp và Phát triển nông thôn', head: 'Bộ trưởng', size: 9, units: ['Tổng cục Thủy lợi', 'Tổng cục Lâm nghiệp', 'Tổng cục Thủy sản', 'Cục Bảo vệ thực vật', 'Cục Thú y', 'Cục Trồng trọt', 'Cục Chăn nuôi', 'Báo Nông nghiệp Việt Nam'] },
  { code: 'BTNMT', agency: 'Bộ Tài nguyên và Môi trường', head: 'Bộ trưởng', size: 8, units: ['Tổng cục Khí tượng Thủy văn', 'Tổng cục Quản lý đất đai', 'Tổng cục Môi trường', 'Cục Địa chất Việt Nam', 'Cục Biến đổi khí hậu', 'Cục Quản lý tài nguyên nước', 'Báo Tài nguyên và Môi trường'] },
  { code: 'BTTTT', agency: 'Bộ Thông tin và Truyền thông', head: 'Bộ trưởng', size: 6, units: ['Cục Báo chí', 'Cục Xuất bản, In và Phát hành', 'Cục An toàn thông tin', 'Cục Viễn thông', 'Cục Tần số vô tuyến điện', 'Cục Bưu điện Trung ương', 'Báo VietNamNet'] },
  { code: 'BLDTBXH', agency: 'Bộ Lao động - Thương binh và Xã hội', head: 'Bộ trưởng', size: 6, units: ['Tổng cục Giáo dục nghề nghiệp', 'Cục Người có công', 'Cục Việc làm', 'Cục Quản lý lao động ngoài nước', 'Cục Bảo trợ xã hội', 'Cục Trẻ em', 'Báo Lao động và Xã hội'] },
  { code: 'BVHTTDL', agency: 'Bộ Văn hóa, Thể thao và Du lịch', head: 'Bộ trưởng', size: 7, units: ['Tổng cục Du lịch', 'Tổng cục Thể dục thể thao', 'Cục Di sản văn hóa', 'Cục Điện ảnh', 'Cục Nghệ thuật biểu diễn', 'Cục Mỹ thuật, Nhiếp ảnh và Triển lãm', 'Báo Văn hóa'] },
  { code: 'BKHCN', agency: 'Bộ Khoa học và Công nghệ', head: 'Bộ trưởng', size: 5, units: ['Tổng cục Tiêu chuẩn Đo lường Chất lượng', 'Cục Sở hữu trí tuệ', 'Cục An toàn bức xạ và hạt nhân', 'Cục Thông tin khoa học và công nghệ quốc gia', 'Viện Năng lượng nguyên tử Việt Nam', 'Báo Khoa học và Phát triển'] },
  { code: 'BGDDT', agency: 'Bộ Giáo dục và Đào tạo', head: 'Bộ trưởng', size: 6, units: ['Cục Quản lý chất lượng', 'Cục Nhà giáo và Cán bộ quản lý giáo dục', 'Cục Hợp tác quốc tế', 'Vụ Giáo dục Đại học', 'Vụ Giáo dục Tiểu học', 'Viện Khoa học Giáo dục Việt Nam', 'Báo Giáo dục và Thời đại'] },
  { code: 'BYT', agency: 'Bộ Y tế', head: 'Bộ trưởng', size: 8, units: ['Tổng cục Dân số - Kế hoạch hóa gia đình', 'Cục Quản lý Dược', 'Cục Quản lý Khám, chữa bệnh', 'Cục Y tế dự phòng', 'Cục An toàn thực phẩm', 'Viện Vệ sinh dịch tễ Trung ương', 'Báo Sức khỏe và Đời sống'] },
  { code: 'TTCP', agency: 'Thanh tra Chính phủ', head: 'Tổng Thanh tra Chính phủ', size: 3, units: ['Cục Giải quyết khiếu nại, tố cáo và Thanh tra khu vực I', 'Cục Chống tham nhũng', 'Vụ Kế hoạch - Tổng hợp', 'Trường Cán bộ Thanh tra', 'Viện Chiến lược và Khoa học thanh tra', 'Báo Thanh tra'] },
  { code: 'UBDT', agency: 'Ủy ban Dân tộc', head: 'Bộ trưởng, Chủ nhiệm', size: 3, units: ['Vụ Chính sách Dân tộc', 'Vụ Dân tộc thiểu số', 'Học viện Dân tộc', 'Báo Dân tộc và Phát triển', 'Vụ Địa phương I', 'Trung tâm Truyền thông Dân tộc'] },
  { code: 'VPCP', agency: 'Văn phòng Chính phủ', head: 'Bộ trưởng, Chủ nhiệm', size: 4, units: ['Vụ Tổng hợp', 'Vụ Pháp luật', 'Vụ Kinh tế ngành', 'Cục Quản trị - Tài vụ', 'Cổng Thông tin điện tử Chính phủ', 'Vụ Thư ký - Biên tập'] },
  { code: 'VPQH', agency: 'Văn phòng Quốc hội', head: 'Tổng Thư ký Quốc hội, Chủ nhiệm', size: 5, units: ['Vụ Tổng hợp', 'Vụ Pháp luật', 'Vụ Kinh tế', 'Vụ Tài chính - Ngân sách', 'Vụ Công tác đại biểu', 'Báo Đại biểu Nhân dân', 'Truyền hình Quốc hội Việt Nam', 'Viện Nghiên cứu lập pháp'] },
  { code: 'TANDTC', agency: 'Tòa án nhân dân tối cao', head: 'Chánh án', size: 5, units: ['Vụ Giám đốc kiểm tra I', 'Vụ Tổ chức - Cán bộ', 'Học viện Tòa án', 'Tòa án nhân dân cấp cao tại Hà Nội', 'Báo Công lý', 'Tạp chí Tòa án nhân dân'] },
  { code: 'VKSTC', agency: 'Viện kiểm sát nhân dân tối cao', head: 'Viện trưởng', size: 5, units: ['Vụ Thực hành quyền công tố và kiểm sát điều tra án hình sự', 'Cơ quan điều tra', 'Trường Đại học Kiểm sát Hà Nội', 'Viện kiểm sát nhân dân cấp cao tại Hà Nội', 'Báo Bảo vệ pháp luật'] },
  { code: 'KTNN', agency: 'Kiểm toán Nhà nước', head: 'Tổng Kiểm toán Nhà nước', size: 5, units: ['Kiểm toán Nhà nước chuyên ngành I', 'Kiểm toán Nhà nước chuyên ngành II', 'Kiểm toán Nhà nước khu vực I', 'Vụ Tổng hợp', 'Vụ Pháp chế', 'Trung tâm Tin học', 'Báo Kiểm toán'] },
  { code: 'TTXVN', agency: 'Thông tấn xã Việt Nam', head: 'Tổng Giám đốc', size: 5, units: ['Ban Biên tập Tin Trong nước', 'Ban Biên tập Tin Thế giới', 'Trung tâm Thông tin Tư liệu', 'Báo Tin tức', 'Báo Thể thao và Văn hóa', 'Truyền hình Thông tấn', 'Báo Ảnh Việt Nam'] },
  { code: 'VOV', agency: 'Đài Tiếng nói Việt Nam', head: 'Tổng Giám đốc', size: 5, units: ['Hệ Thời sự - Chính trị - Tổng hợp', 'Hệ Văn hóa - Xã hội', 'Kênh VOV Giao thông Quốc gia', 'Trung tâm Kỹ thuật', 'Báo điện tử VOV', 'Truyền hình Kênh VOV'] },
  { code: 'VTV', agency: 'Đài Truyền hình Việt Nam', head: 'Tổng Giám đốc', size: 6, units: ['Ban Thời sự', 'Ban Thể thao', 'Ban Văn nghệ', 'Trung tâm Kỹ thuật Truyền hình', 'Trung tâm Truyền hình Việt Nam tại Thành phố Hồ Chí Minh', 'Báo Truyền hình'] },
  { code: 'HVCTQG', agency: 'Học viện Chính trị quốc gia Hồ Chí Minh', head: 'Giám đốc', size: 6, units: ['Học viện Chính trị khu vực I', 'Học viện Chính trị khu vực II', 'Học viện Báo chí và Tuyên truyền', 'Học viện Hành chính Quốc gia', 'Viện Triết học', 'Viện Kinh tế', 'Tạp chí Lý luận chính trị'] },
  { code: 'VHLKHXH', agency: 'Viện Hàn lâm Khoa học xã hội Việt Nam', head: 'Chủ tịch', size: 5, units: ['Viện Triết học', 'Viện Sử học', 'Viện Kinh tế Việt Nam', 'Viện Ngôn ngữ học', 'Viện Xã hội học', 'Học viện Khoa học xã hội'] },
  { code: 'VHLKHCN', agency: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', head: 'Chủ tịch', size: 6, units: ['Viện Toán học', 'Viện Vật lý', 'Viện Hóa học', 'Viện Công nghệ thông tin', 'Viện Công nghệ sinh học', 'Bảo tàng Thiên nhiên Việt Nam'] },
  { code: 'BHXH', agency: 'Bảo hiểm xã hội Việt Nam', head: 'Tổng Giám đốc', size: 7, units: ['Ban Thu', 'Ban Thực hiện chính sách bảo hiểm xã hội', 'Ban Thực hiện chính sách bảo hiểm y tế', 'Trung tâm Công nghệ thông tin', 'Trung tâm Giám định bảo hiểm y tế và Thanh toán đa tuyến', 'Tạp chí Bảo hiểm xã hội'] },
  { code: 'TLDLD', agency: 'Tổng Liên đoàn Lao động Việt Nam', head: 'Chủ tịch', size: 4, units: ['Ban Tổ chức', 'Ban Chính sách - Pháp luật', 'Trường Đại học Công đoàn', 'Báo Lao động', 'Nhà xuất bản Lao động', 'Viện Công nhân và Công đoàn'] },
];

/** The 26 grassroots committees (đảng bộ cơ sở) directly under the bloc. */
export const DIRECT_GRASSROOTS_COMMITTEES: readonly DirectCommitteeDef[] = [
  { code: 'BND', agency: 'Báo Nhân Dân', head: 'Tổng Biên tập', size: 3, units: [] },
  { code: 'TCCS', agency: 'Tạp chí Cộng sản', head: 'Tổng Biên tập', size: 1.5, units: [] },
  { code: 'BKTTW', agency: 'Ban Kinh tế Trung ương', head: 'Trưởng ban', size: 1.5, units: [] },
  { code: 'BDNTW', agency: 'Ban Đối ngoại Trung ương', head: 'Trưởng ban', size: 1.5, units: [] },
  { code: 'BNCTW', agency: 'Ban Nội chính Trung ương', head: 'Trưởng ban', size: 1.5, units: [] },
  { code: 'UBKTTW', agency: 'Ủy ban Kiểm tra Trung ương', head: 'Chủ nhiệm', size: 2, units: [] },
  { code: 'BDVTW', agency: 'Ban Dân vận Trung ương', head: 'Trưởng ban', size: 1.2, units: [] },
  { code: 'VPCTN', agency: 'Văn phòng Chủ tịch nước', head: 'Chủ nhiệm', size: 1, units: [] },
  { code: 'MTTQ', agency: 'Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', head: 'Chủ tịch', size: 1.5, units: [] },
  { code: 'TWDOAN', agency: 'Cơ quan Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', head: 'Bí thư thứ nhất', size: 2, units: [] },
  { code: 'HLHPN', agency: 'Cơ quan Trung ương Hội Liên hiệp Phụ nữ Việt Nam', head: 'Chủ tịch', size: 1.5, units: [] },
  { code: 'HND', agency: 'Cơ quan Trung ương Hội Nông dân Việt Nam', head: 'Chủ tịch', size: 1.2, units: [] },
  { code: 'HCCB', agency: 'Cơ quan Trung ương Hội Cựu chiến binh Việt Nam', head: 'Chủ tịch', size: 0.8, units: [] },
  { code: 'LHHKHKT', agency: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', head: 'Chủ tịch', size: 1, units: [] },
  { code: 'LHHN', agency: 'Liên hiệp các tổ chức hữu nghị Việt Nam', head: 'Chủ tịch', size: 0.8, units: [] },
  { code: 'HNB', agency: 'Hội Nhà báo Việt Nam', head: 'Chủ tịch', size: 1, units: [] },
  { code: 'LHVHNT', agency: 'Liên hiệp các Hội Văn học nghệ thuật Việt Nam', head: 'Chủ tịch', size: 0.8, units: [] },
  { code: 'NXBCTQG', agency: 'Nhà xuất bản Chính trị quốc gia Sự thật', head: 'Giám đốc - Tổng Biên tập', size: 1.2, units: [] },
  { code: 'HDLLTW', agency: 'Hội đồng Lý luận Trung ương', head: 'Chủ tịch', size: 0.6, units: [] },
  { code: 'BCDTB', agency: 'Ban Chỉ đạo Tây Bắc', head: 'Trưởng ban', size: 0.5, units: [] },
  { code: 'BCDTN', agency: 'Ban Chỉ đạo Tây Nguyên', head: 'Trưởng ban', size: 0.5, units: [] },
  { code: 'BCDTNB', agency: 'Ban Chỉ đạo Tây Nam Bộ', head: 'Trưởng ban', size: 0.5, units: [] },
  { code: 'BQLLANG', agency: 'Ban Quản lý Lăng Chủ tịch Hồ Chí Minh', head: 'Trưởng ban', size: 1.2, units: [] },
  { code: 'NHCSXH', agency: 'Ngân hàng Chính sách xã hội', head: 'Tổng Giám đốc', size: 1.5, units: [] },
  { code: 'HLG', agency: 'Hội Luật gia Việt Nam', head: 'Chủ tịch', size: 0.6, units: [] },
  { code: 'UBQLV', agency: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', head: 'Chủ tịch', size: 1, units: [] },
];

/** Kinds of unit invented beyond the real lists (grassroots committees under an upper-grassroots one). */
export const GENERIC_UNIT_TYPES: readonly Weighted<string>[] = [
  ['Cục', 30],
  ['Vụ', 14],
  ['Trung tâm', 16],
  ['Viện', 12],
  ['Ban', 6],
  ['Trường', 5],
  ['Tạp chí', 4],
  ['Báo', 3],
  ['Học viện', 2],
  ['Nhà xuất bản', 1],
];

export const GENERIC_UNIT_FIELDS: readonly string[] = [
  'Quản lý chất lượng', 'Kế hoạch - Tài chính', 'Công nghệ thông tin', 'Thông tin và Thống kê', 'Hợp tác quốc tế',
  'Đào tạo, bồi dưỡng cán bộ', 'Kiểm tra và Giám sát', 'Quản lý đầu tư', 'Chính sách và Pháp chế',
  'Phát triển nguồn nhân lực', 'Chuyển đổi số', 'Truyền thông', 'Dịch vụ công', 'Quản lý doanh nghiệp',
  'Nghiên cứu chiến lược', 'Hành chính - Quản trị', 'Lưu trữ quốc gia', 'Tư liệu', 'Kinh tế tổng hợp',
  'Khoa học và Công nghệ', 'Quy hoạch', 'Phát triển vùng', 'Hỗ trợ pháp lý', 'Giám định', 'Kiểm định',
  'Quản lý dự án', 'Thẩm định', 'Xúc tiến đầu tư', 'Quản lý rủi ro', 'Môi trường', 'An toàn lao động',
  'Dữ liệu quốc gia', 'Phát triển bền vững', 'Đối ngoại', 'Dự báo', 'Công tác phía Nam', 'Công tác miền Trung',
  'Bồi dưỡng nghiệp vụ', 'Thông tin đối ngoại', 'Tiêu chuẩn', 'Kiểm soát thủ tục hành chính', 'Tài sản công',
  'Thi đua - Khen thưởng', 'Phổ biến, giáo dục pháp luật', 'Cải cách hành chính', 'Phòng, chống thiên tai',
  'Tổ chức cán bộ', 'Hạ tầng số', 'An ninh mạng', 'Kế toán nhà nước', 'Quản lý giá', 'Nghiên cứu phát triển',
  'Chính sách xã hội', 'Văn hóa cơ sở', 'Bảo tồn', 'Thông tin khoa học', 'Đo lường', 'Tin học hóa',
];

/** Departments that become cells directly under an upper-grassroots committee. */
export const UPPER_LEVEL_DEPARTMENTS: readonly string[] = [
  'Văn phòng', 'Vụ Tổ chức cán bộ', 'Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế', 'Vụ Hợp tác quốc tế',
  'Vụ Thi đua - Khen thưởng', 'Thanh tra', 'Vụ Khoa học, Công nghệ và Môi trường', 'Vụ Chính sách',
  'Vụ Kế toán', 'Vụ Thông tin', 'Vụ Đào tạo', 'Vụ Kiểm tra', 'Vụ Quản lý doanh nghiệp', 'Vụ Truyền thông',
  'Vụ Thẩm định', 'Vụ Đầu tư', 'Vụ Tài vụ - Quản trị', 'Vụ Phát triển nguồn nhân lực', 'Vụ Công tác phía Nam',
  'Vụ Kinh tế tổng hợp', 'Văn phòng Đảng ủy - Đoàn thể', 'Vụ Hợp tác và Phát triển', 'Vụ Tổng hợp',
];

/** Departments (phòng) that become cells under a grassroots committee. */
export const DEPARTMENTS: readonly string[] = [
  'Văn phòng', 'Phòng Tổng hợp', 'Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức cán bộ', 'Phòng Hành chính - Quản trị',
  'Phòng Pháp chế', 'Phòng Hợp tác quốc tế', 'Phòng Nghiệp vụ', 'Phòng Thanh tra - Kiểm tra',
  'Phòng Công nghệ thông tin', 'Phòng Thông tin - Tư liệu', 'Phòng Kế toán', 'Phòng Quản lý khoa học',
  'Phòng Đào tạo', 'Phòng Chính sách', 'Phòng Thẩm định', 'Phòng Truyền thông', 'Phòng Thi đua - Khen thưởng',
  'Phòng Nghiên cứu', 'Phòng Biên tập', 'Phòng Thống kê', 'Phòng Phân tích - Dự báo', 'Phòng Quản lý dự án',
  'Phòng Hỗ trợ pháp lý', 'Phòng Quản trị', 'Phòng Lưu trữ', 'Phòng Giám sát', 'Phòng Kiểm định',
  'Phòng Dữ liệu', 'Phòng Đối ngoại', 'Phòng Xuất bản', 'Phòng Phóng viên', 'Phòng Tài vụ', 'Phòng Điều phối',
  'Phòng Tuyên truyền', 'Phòng Quan hệ công chúng', 'Phòng Kỹ thuật', 'Phòng Hạ tầng', 'Phòng An ninh mạng',
  'Phòng Chuyển đổi số',
];

/** The title of the head of a unit, from the kind of unit its name starts with. */
export function headTitleFor(unit: string): string {
  const rules: [string, string][] = [
    ['Tổng cục', 'Tổng cục trưởng'],
    ['Cục', 'Cục trưởng'],
    ['Vụ', 'Vụ trưởng'],
    ['Viện kiểm sát', 'Viện trưởng'],
    ['Viện', 'Viện trưởng'],
    ['Trung tâm', 'Giám đốc'],
    ['Học viện', 'Giám đốc'],
    ['Trường', 'Hiệu trưởng'],
    ['Báo', 'Tổng Biên tập'],
    ['Tạp chí', 'Tổng Biên tập'],
    ['Thời báo', 'Tổng Biên tập'],
    ['Ban', 'Trưởng ban'],
    ['Nhà xuất bản', 'Giám đốc'],
    ['Nhà khách', 'Giám đốc'],
    ['Bảo tàng', 'Giám đốc'],
    ['Tòa án', 'Chánh án'],
    ['Kiểm toán', 'Kiểm toán trưởng'],
    ['Kho bạc', 'Tổng Giám đốc'],
    ['Sở', 'Giám đốc'],
    ['Ủy ban', 'Chủ tịch'],
    ['Văn phòng', 'Chánh Văn phòng'],
    ['Hệ', 'Giám đốc'],
    ['Kênh', 'Giám đốc'],
    ['Truyền hình', 'Giám đốc'],
    ['Cổng', 'Giám đốc'],
  ];
  for (const [prefix, title] of rules) if (unit.startsWith(`${prefix} `)) return title;
  return 'Thủ trưởng';
}

/** Roman numerals for regional units ("khu vực III"). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  while (rest >= 40) {
    out += 'XL';
    rest -= 40;
  }
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

// ---------------------------------------------------------------- positions --

/** Working positions (chức vụ) of ordinary members, with weights in percent. */
export const POSITIONS: readonly Weighted<string>[] = [
  ['Vụ trưởng', 1.0],
  ['Phó Vụ trưởng', 2.5],
  ['Phó Cục trưởng', 1.0],
  ['Trưởng phòng', 7],
  ['Phó Trưởng phòng', 9],
  ['Chuyên viên cao cấp', 3],
  ['Chuyên viên chính', 24],
  ['Chuyên viên', 36],
  ['Nghiên cứu viên', 5],
  ['Biên tập viên', 4],
  ['Kế toán viên', 2],
  ['Nhân viên', 4.5],
];

/** Positions that make a member a key leader or manager (cán bộ lãnh đạo, quản lý chủ chốt). */
export const KEY_LEADER_POSITIONS: ReadonlySet<string> = new Set(['Vụ trưởng', 'Phó Vụ trưởng', 'Phó Cục trưởng']);
