import { foldVietnamese, formatDateVi } from './vietnamese-text';

describe('Vietnamese text', () => {
  it('folds diacritics, đ and case so searches without accents match', () => {
    expect(foldVietnamese('Tổng cục Quản lý Thị trường')).toBe('tong cuc quan ly thi truong');
    expect(foldVietnamese('ĐẢNG ỦY Khối')).toBe('dang uy khoi');
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe('nguyen');
    expect(foldVietnamese('  Lê   Thị  ')).toBe('le thi');
  });

  it('formats dates as dd/MM/yyyy in Asia/Ho_Chi_Minh', () => {
    // 2026-12-31 18:30 UTC is already 1 January in Hà Nội.
    expect(formatDateVi('2026-12-31T18:30:00Z')).toBe('01/01/2027');
    expect(formatDateVi(new Date('2018-07-20T00:00:00+07:00'))).toBe('20/07/2018');
  });
});
