/**
 * Folds Vietnamese text for search: NFC-normalises, lower-cases, strips
 * diacritics and maps đ → d, so "Tổng cục" and "tong cuc" compare equal.
 * The SQL function qt_fold() in the foundation migration does the same.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Formats a date as dd/MM/yyyy in Asia/Ho_Chi_Minh. */
export function formatDateVi(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}
