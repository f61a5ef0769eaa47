import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@qt/shared-domain';

registerEnumType(Role, { name: 'Role', description: 'Roles of domain.md §11, each held at an organisation' });

@ObjectType()
export class OrganisationRef {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
}

@ObjectType()
export class RoleAssignment {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => Role) @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @Field(() => OrganisationRef) @ApiProperty({ type: OrganisationRef }) organisation!: OrganisationRef;
}

@ObjectType()
export class UserAccount {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty() username!: string;
  @Field() @ApiProperty() displayName!: string;
  @Field(() => ID, { nullable: true }) @ApiProperty({ format: 'uuid', nullable: true, type: String }) memberId!: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address for notifications' })
  @ApiProperty({ format: 'email', nullable: true, type: String })
  email!: string | null;
  @Field() @ApiProperty() isActive!: boolean;
  @Field(() => [RoleAssignment]) @ApiProperty({ type: [RoleAssignment] }) roles!: RoleAssignment[];
}
