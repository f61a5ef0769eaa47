import { Module } from '@nestjs/common';

/** Inspections (kiểm tra, giám sát): plans, sampling, member and cell checks, records — domain.md §9. */
@Module({})
export class InspectionsModule {}
