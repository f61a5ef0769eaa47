export { ProgrammesPage } from './ProgrammesPage';
export { ProgrammeDetail } from './ProgrammeDetail';
