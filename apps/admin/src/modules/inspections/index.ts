export { InspectionsPage } from './InspectionsPage';
