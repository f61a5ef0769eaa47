import { S1_EN, S1_VI } from '../app/messages';
import { S2_EN, S2_VI } from '../modules/kit/messages';

export type Lang = 'vi' | 'en';

/** Vietnamese is the reference dictionary: every key lives here first. */
export const vi = {
  'app.name': 'Quán Triệt',
  'app.subtitle': 'Quản trị',
  'lang.switch': 'Ngôn ngữ',
  'common.loading': 'Đang tải…',
  'common.error': 'Đã xảy ra lỗi',
  'common.retry': 'Thử lại',

  'auth.login.title': 'Đăng nhập',
  'auth.login.submit': 'Đăng nhập',
  'auth.login.username': 'Tên đăng nhập',
  'auth.login.password': 'Mật khẩu',
  'auth.login.usernameRequired': 'Vui lòng nhập tên đăng nhập',
  'auth.login.passwordRequired': 'Vui lòng nhập mật khẩu',
  'auth.login.invalid': 'Tên đăng nhập hoặc mật khẩu không đúng',
  'auth.login.tooMany': 'Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau.',
  'auth.login.retryAfter': 'Có thể thử lại sau {seconds} giây.',
  'auth.login.network': 'Không kết nối được máy chủ. Vui lòng thử lại.',
  'auth.logout': 'Đăng xuất',
  'auth.expired.title': 'Phiên đăng nhập đã hết hạn',
  'auth.expired.body': 'Vui lòng đăng nhập lại để tiếp tục. Trang hiện tại được giữ nguyên.',

  'nav.organisations': 'Cây tổ chức đảng',

  'org.tree.title': 'Cây tổ chức đảng',
  'org.tree.empty': 'Chưa có tổ chức đảng nào',
  'org.tree.loadMore': 'Tải thêm…',
  'org.tree.loadError': 'Không tải được danh sách tổ chức',
  'org.dissolved': '(đã giải thể)',
  'org.search.placeholder': 'Tìm theo tên hoặc mã (không cần dấu)',
  'org.search.label': 'Tìm tổ chức đảng',
  'org.search.results': 'Kết quả tìm kiếm',
  'org.search.none': 'Không tìm thấy tổ chức phù hợp',
  'org.search.error': 'Tìm kiếm thất bại',
  'org.detail.title': 'Thông tin tổ chức',
  'org.detail.none': 'Chọn một tổ chức để xem thông tin',
  'org.detail.code': 'Mã',
  'org.detail.name': 'Tên',
  'org.detail.kind': 'Loại',
  'org.detail.children': 'Số tổ chức trực thuộc',
  'org.detail.dissolvedOn': 'Ngày giải thể',

  'org.kind.BLOC': 'Đảng bộ Khối',
  'org.kind.UPPER_GRASSROOTS': 'Đảng bộ cấp trên cơ sở',
  'org.kind.GRASSROOTS': 'Đảng bộ cơ sở',
  'org.kind.CELL': 'Chi bộ',
  ...S1_VI,
  ...S2_VI,
} as const;

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;

export const en: Dictionary = {
  'app.name': 'Quán Triệt',
  'app.subtitle': 'Administration',
  'lang.switch': 'Language',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong',
  'common.retry': 'Retry',

  'auth.login.title': 'Sign in',
  'auth.login.submit': 'Sign in',
  'auth.login.username': 'Username',
  'auth.login.password': 'Password',
  'auth.login.usernameRequired': 'Please enter your username',
  'auth.login.passwordRequired': 'Please enter your password',
  'auth.login.invalid': 'Wrong username or password',
  'auth.login.tooMany': 'Too many failed sign-in attempts. Please try again later.',
  'auth.login.retryAfter': 'You can try again in {seconds} seconds.',
  'auth.login.network': 'Cannot reach the server. Please try again.',
  'auth.logout': 'Sign out',
  'auth.expired.title': 'Your session has expired',
  'auth.expired.body': 'Please sign in again to continue. This page is kept as it is.',

  'nav.organisations': 'Party organisation tree',

  'org.tree.title': 'Party organisation tree',
  'org.tree.empty': 'No party organisations yet',
  'org.tree.loadMore': 'Load more…',
  'org.tree.loadError': 'Could not load organisations',
  'org.dissolved': '(dissolved)',
  'org.search.placeholder': 'Search by name or code (diacritics optional)',
  'org.search.label': 'Search party organisations',
  'org.search.results': 'Search results',
  'org.search.none': 'No matching organisation',
  'org.search.error': 'Search failed',
  'org.detail.title': 'Organisation details',
  'org.detail.none': 'Select an organisation to see its details',
  'org.detail.code': 'Code',
  'org.detail.name': 'Name',
  'org.detail.kind': 'Kind',
  'org.detail.children': 'Direct sub-organisations',
  'org.detail.dissolvedOn': 'Dissolved on',

  'org.kind.BLOC': 'Bloc Party Committee',
  'org.kind.UPPER_GRASSROOTS': 'Upper-grassroots Party Committee',
  'org.kind.GRASSROOTS': 'Grassroots Party Committee',
  'org.kind.CELL': 'Party Cell',
  ...S1_EN,
  ...S2_EN,
};

export const dictionaries: Record<Lang, Dictionary> = { vi, en };
