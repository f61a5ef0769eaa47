import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';

/** An in-app notification (thông báo) of the signed-in user. */
@ObjectType()
export class Notification {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID, { nullable: true }) @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;
  @Field({ description: 'e.g. CAMPAIGN_DEADLINE_REMINDER, ESSAY_DUE_REMINDER' }) @ApiProperty({ example: 'ESSAY_DUE_REMINDER' })
  kind!: string;
  @Field() @ApiProperty({ example: 'Nhắc nộp bài thu hoạch: HT-TW7-XII' }) title!: string;
  @Field() @ApiProperty() body!: string;
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String, example: '/campaigns/…' })
  link!: string | null;
  @Field() @ApiProperty() createdAt!: Date;
  @Field(() => Date, { nullable: true }) @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
  @Field() @ApiProperty() isRead!: boolean;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ObjectType()
export class MarkNotificationsReadResult {
  @Field(() => Int, { description: 'Unread notifications left' }) @ApiProperty() unreadCount!: number;
}

@ObjectType()
export class UnreadNotificationCount {
  @Field(() => Int) @ApiProperty() unreadCount!: number;
}
