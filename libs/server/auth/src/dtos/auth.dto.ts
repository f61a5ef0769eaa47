import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString() @Length(1, 64) username!: string;

  @ApiProperty({ example: 'QuanTriet@2026', format: 'password' })
  @IsString() @Length(1, 128) password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsString() @MaxLength(128) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'refreshToken is malformed' })
  refreshToken!: string;
}

export class AuthUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'JWT (HS256) for the Authorization: Bearer header' }) accessToken!: string;
  @ApiProperty({ description: 'Opaque token for POST /auth/refresh; rotates on every use' }) refreshToken!: string;
  @ApiProperty({ description: 'Access token lifetime in seconds', example: 900 }) expiresIn!: number;
  @ApiProperty({ type: AuthUserDto }) user!: AuthUserDto;
}
