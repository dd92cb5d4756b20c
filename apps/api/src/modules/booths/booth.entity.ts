import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BoothContent, BoothStatus } from '@yiqia/contracts';
import type { ServiceDomain } from '@yiqia/domain';

/**
 * A booth holds its working draft in columns and, once approved, the approved content in
 * `published`, which is what visitors see while a newer draft is edited and reviewed.
 */
@Entity('booths')
export class Booth {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'expo_id', type: 'uuid' }) expoId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) status!: BoothStatus;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) slogan!: string | null;
  @Column({ name: 'intro_html', type: 'text', default: '' }) introHtml!: string;
  @Column({ name: 'logo_url', type: 'text', nullable: true }) logoUrl!: string | null;
  @Column({ name: 'banner_url', type: 'text', nullable: true }) bannerUrl!: string | null;
  @Column({ name: 'video_url', type: 'text', nullable: true }) videoUrl!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) documents!: BoothContent['documents'];
  @Column({ type: 'jsonb', default: () => "'[]'" }) contacts!: BoothContent['contacts'];
  @Column({ name: 'zone_code', type: 'text', nullable: true }) zoneCode!: string | null;
  @Column({ name: 'domain_codes', type: 'text', array: true, default: () => "'{}'" }) domainCodes!: ServiceDomain[];
  @Column({ name: 'review_reason', type: 'text', nullable: true }) reviewReason!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ type: 'jsonb', nullable: true }) published!: BoothContent | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
