import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** "Not a fit" of one organisation for a suggested pair (its listing or the viewed one, and the counterpart). */
@Entity('match_feedback')
export class MatchFeedback {
  @PrimaryColumn({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @PrimaryColumn({ name: 'listing_id', type: 'uuid' }) listingId!: string;
  @PrimaryColumn({ name: 'counterpart_id', type: 'uuid' }) counterpartId!: string;
  @Column({ type: 'text' }) verdict!: 'not_fit';
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
