export * from './members.module';
export * from './members.service';
export * from './member.types';
export * from './member-loaders';
