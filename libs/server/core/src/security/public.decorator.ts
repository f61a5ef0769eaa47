import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'qt:isPublic';

/** Marks a route that needs no authentication (login, health). Everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
