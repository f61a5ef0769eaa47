/** Dashboard (bảng điều khiển): compliance of the user's subtree at a glance. */
export const vi = {
  'dashboard.title': 'Bảng điều khiển',
  'dashboard.subtitle': 'Tình hình học tập, quán triệt của {name}',
  'dashboard.studied': 'Đảng viên đã học tập',
  'dashboard.essays': 'Bài thu hoạch đã nộp',
  'dashboard.programmes': 'Chương trình hành động đã ban hành',
  'dashboard.sessions': 'Hội nghị đã tổ chức',
  'dashboard.target': 'Chỉ tiêu {target}%',
  'dashboard.chart': 'Tỷ lệ theo tổ chức trực thuộc (chỉ tiêu 100%)',
  'dashboard.chartHint': 'Bấm vào một cột để xem các tổ chức trực thuộc của tổ chức đó',
  'dashboard.belowTarget': 'Tổ chức chưa đạt chỉ tiêu',
  'dashboard.noCampaign': 'Chưa có đợt học tập nào được ban hành',
  'dashboard.previousYear': 'Năm trước',
  'dashboard.currentYear': 'Năm nay',
  'dashboard.none': 'Không có',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'dashboard.title': 'Dashboard',
  'dashboard.subtitle': 'Resolution study at {name}',
  'dashboard.studied': 'Members who studied',
  'dashboard.essays': 'Essays submitted',
  'dashboard.programmes': 'Action programmes issued',
  'dashboard.sessions': 'Sessions held',
  'dashboard.target': 'Target {target}%',
  'dashboard.chart': 'Shares by subordinate organisation (target 100%)',
  'dashboard.chartHint': 'Click a bar to see that organisation’s subordinates',
  'dashboard.belowTarget': 'Organisations below target',
  'dashboard.noCampaign': 'No campaign has been issued yet',
  'dashboard.previousYear': 'Previous year',
  'dashboard.currentYear': 'This year',
  'dashboard.none': 'None',
};
