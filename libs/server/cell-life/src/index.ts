export * from './cell-life.module';
export * from './shared/cell-life.enums';
export { monthStateSql, quarterStateSql } from './compliance/compliance-sql';
