export * from './organisation-kind';
export * from './role';
export * from './member-enums';
export * from './vietnamese-text';
