export * from './programmes.module';
export * from './common/programme-enums';
export * from './action-programmes/action-programme.types';
export * from './personal-plans/personal-plan.types';
export { overseerOf } from './personal-plans/oversight';
