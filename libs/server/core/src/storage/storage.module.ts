import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileStorage, LocalDiskStorage } from './file-storage';

/** Provides FileStorage (local disk under STORAGE_DIR by default). Inject `FileStorage`. */
@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalDiskStorage(config.STORAGE_DIR) }],
  exports: [FileStorage],
})
export class StorageModule {}
