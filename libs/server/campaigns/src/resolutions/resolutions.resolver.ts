import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { AddMaterialLinkInput, CreateResolutionInput, ResolutionsArgs, UpdateResolutionInput } from './resolution.dto';
import { Resolution, ResolutionConnection, ResolutionMaterial } from './resolution.types';
import { ResolutionsService } from './resolutions.service';

@Resolver(() => Resolution)
export class ResolutionsResolver {
  constructor(private readonly service: ResolutionsService) {}

  @Query(() => ResolutionConnection, { description: 'Resolutions, newest first; search ignores diacritics; filter by type' })
  @Policy('resolution.read')
  resolutions(@Args() args: ResolutionsArgs) {
    return this.service.list(args);
  }

  @Query(() => Resolution)
  @Policy('resolution.read')
  resolution(@Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Resolution, { description: 'Bloc-level propaganda board or administrator of the root' })
  @Policy('resolution.write')
  createResolution(@Scope() scope: AccessScope, @Args('input') input: CreateResolutionInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => Resolution)
  @Policy('resolution.write')
  updateResolution(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateResolutionInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => ResolutionMaterial, { description: 'A study material given as a link; files go to POST /api/v1/resolutions/{id}/materials/upload' })
  @Policy('resolution.write')
  addResolutionMaterialLink(
    @Scope() scope: AccessScope,
    @Args('resolutionId', { type: () => ID }, ParseIdPipe) resolutionId: string,
    @Args('input') input: AddMaterialLinkInput,
  ) {
    return this.service.addLink(scope, resolutionId, input);
  }
}
