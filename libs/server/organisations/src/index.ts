export * from './organisations.module';
export * from './organisations.service';
export * from './organisation.types';
export * from './organisation-loaders';
