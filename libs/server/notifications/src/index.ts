export * from './notifications.module';
export * from './notifications-worker.module';
export * from './notifications.service';
export * from './notification-item';
export * from './reminders/reminders.service';
export * from './reminders/reminder-schedule';
export * from './jobs/job-payloads';
