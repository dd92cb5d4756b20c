import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A login session. Access tokens name it (claim `sid`) and are refused once it is revoked, so logout
 * ends the session at once. The refresh token rotates: only the hash of the current one is kept, and
 * presenting the previous one again (a stolen token being replayed) revokes the whole session.
 */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'refresh_hash', type: 'text' }) refreshHash!: string;
  @Column({ name: 'previous_refresh_hash', type: 'text', nullable: true }) previousRefreshHash!: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_reason', type: 'text', nullable: true }) revokedReason!: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent!: string | null;
  @Column({ type: 'text', nullable: true }) ip!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true }) refreshedAt!: Date | null;
}
