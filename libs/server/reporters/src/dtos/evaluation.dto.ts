import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { nfc, NOTES_MAX } from './speaker.dto';

/** REST body of PUT /speakers/:speakerId/sessions/:sessionId/evaluation. */
@InputType({ isAbstract: true })
export class SpeakerEvaluationBody {
  @Field(() => Int) @ApiProperty({ minimum: 1, maximum: 5, description: '1 (weak) to 5 (excellent)' })
  @IsInt() @Min(1) @Max(5) score!: number;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: NOTES_MAX, example: 'Truyền đạt sinh động, liên hệ thực tiễn tốt' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(NOTES_MAX) comment?: string;
}

/** The organisers' evaluation (đánh giá chất lượng báo cáo viên) of a speaker at one session. */
@InputType()
export class EvaluateSessionSpeakerInput extends SpeakerEvaluationBody {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => ID) @IsUUID() speakerId!: string;
}
