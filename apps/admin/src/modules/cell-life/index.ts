export { CellMeetingsPage } from './CellMeetingsPage';
export { RatingsPage } from './RatingsPage';
