import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { IntentStatus, IntentTerms } from '@yiqia/contracts';

/** One numbered version of a room's 合作意向书; (room, version) numbers have no gaps. */
@Entity('intent_versions')
export class IntentVersion {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' }) roomId!: string;
  @PrimaryColumn({ type: 'int' }) version!: number;
  /** Normalised terms (see normalizeTerms): exactly what the parties see and sign. */
  @Column({ type: 'jsonb' }) terms!: IntentTerms;
  /** SHA-256 (hex) of the canonical terms JSON, printed on the document. */
  @Column({ name: 'terms_sha256', type: 'text' }) termsSha256!: string;
  @Column({ type: 'text', default: 'proposed' }) status!: IntentStatus;
  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true }) proposedByUserId!: string | null;
  @Column({ name: 'proposed_by_org_id', type: 'uuid' }) proposedByOrgId!: string;
  /** The proposer's display name at the time (kept for the record). */
  @Column({ name: 'proposed_by_name', type: 'text' }) proposedByName!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true }) statusChangedAt!: Date | null;
}

/** An organisation's signature on one version, by one of its admins; once per organisation and version. */
@Entity('intent_signatures')
export class IntentSignature {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' }) roomId!: string;
  @PrimaryColumn({ type: 'int' }) version!: number;
  @PrimaryColumn({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  /** The signer's display name at the time of signing. */
  @Column({ name: 'signer_name', type: 'text' }) signerName!: string;
  @Column({ name: 'signed_at', type: 'timestamptz' }) signedAt!: Date;
}
