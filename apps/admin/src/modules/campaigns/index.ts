export { CampaignsPage, CampaignStatusTag } from './CampaignsPage';
export { CampaignDetailPage } from './CampaignDetailPage';
export { CampaignForm } from './CampaignForm';
export { ProgressTable, percent, DeadlineTag } from './ProgressTable';
export { CampaignProgressPanel, useCampaignProgress } from './CampaignProgressPanel';
export { CampaignSelect } from './CampaignSelect';
