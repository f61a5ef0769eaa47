export * from './campaigns.module';
export * from './common/enums';
export * from './campaigns/campaign.types';
export * from './campaigns/campaigns.service';
export * from './progress/progress.service';
export * from './progress/progress.types';
