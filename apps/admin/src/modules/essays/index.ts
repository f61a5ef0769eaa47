export { EssayQueuePage, EssayGrader } from './EssayQueuePage';
