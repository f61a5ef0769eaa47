import { Module } from '@nestjs/common';

/** Annual compliance reports (báo cáo kết quả học tập, quán triệt) — domain.md §10. */
@Module({})
export class ReportsModule {}
