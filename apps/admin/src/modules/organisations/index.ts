export { OrganisationTreePage } from './OrganisationTreePage';
export * from './organisations-api';
export * from './types';
