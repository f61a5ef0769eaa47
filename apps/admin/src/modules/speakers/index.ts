export { SpeakersPage } from './SpeakersPage';
