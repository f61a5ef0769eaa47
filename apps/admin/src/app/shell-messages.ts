/** Shell and navigation texts (Vietnamese first). */
export const vi = {
  'nav.main': 'Điều hướng chính',
  'nav.forbidden': 'Vai trò của bạn không được mở trang này',
  'nav.group.overview': 'Tổng quan',
  'nav.group.organisation': 'Tổ chức và đảng viên',
  'nav.group.study': 'Học tập, quán triệt',
  'nav.group.cellLife': 'Sinh hoạt chi bộ',
  'nav.group.oversight': 'Báo cáo, kiểm tra',
  'nav.group.admin': 'Quản trị',
  'nav.dashboard': 'Bảng điều khiển',
  'nav.campaigns': 'Đợt học tập',
  'nav.sessions': 'Hội nghị, lớp học',
  'nav.rollCall': 'Điểm danh',
  'nav.essays': 'Chấm bài thu hoạch',
  'nav.reports': 'Báo cáo',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'nav.main': 'Main navigation',
  'nav.forbidden': 'Your role cannot open this page',
  'nav.group.overview': 'Overview',
  'nav.group.organisation': 'Organisations and members',
  'nav.group.study': 'Resolution study',
  'nav.group.cellLife': 'Party cell life',
  'nav.group.oversight': 'Reports and inspections',
  'nav.group.admin': 'Administration',
  'nav.dashboard': 'Dashboard',
  'nav.campaigns': 'Study campaigns',
  'nav.sessions': 'Sessions and classes',
  'nav.rollCall': 'Roll call',
  'nav.essays': 'Essay grading',
  'nav.reports': 'Reports',
};
