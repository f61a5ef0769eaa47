export * from './reporters.module';
export * from './speakers.service';
export * from './speaker.types';
export * from './speaker-session.types';
