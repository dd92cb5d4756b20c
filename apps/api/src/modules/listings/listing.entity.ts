import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';
import type { ListingKind, ListingStatus, ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';

/** bigint comes back from pg as a string; amounts (whole yuan, ≤ 10^10) are safe JavaScript numbers. */
const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/**
 * A need (需求) or an offer (资源) of an organisation, optionally shown at its booth of an expo.
 * Deleting is soft (`deletedAt`): the row stays so the outbox relay can tell search engines to drop it.
 * Every change goes through ListingsService, which writes the outbox rows in the same transaction.
 */
@Entity('listings')
export class Listing {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'text' }) kind!: ListingKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) summary!: string;
  @Column({ name: 'body_html', type: 'text', default: '' }) bodyHtml!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) domains!: ServiceDomain[];
  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" }) targetGroups!: TargetGroup[];
  @Column({ name: 'resource_types', type: 'text', array: true, default: () => "'{}'" }) resourceTypes!: ResourceType[];
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ name: 'amount_min', type: 'bigint', nullable: true, transformer: bigintNumber }) amountMin!: number | null;
  @Column({ name: 'amount_max', type: 'bigint', nullable: true, transformer: bigintNumber }) amountMax!: number | null;
  /** Calendar days, YYYY-MM-DD. */
  @Column({ name: 'starts_at', type: 'date', nullable: true }) startsAt!: string | null;
  @Column({ name: 'ends_at', type: 'date', nullable: true }) endsAt!: string | null;
  @Column({ type: 'text', default: 'open' }) status!: ListingStatus;
  @Column({ name: 'expo_id', type: 'uuid', nullable: true }) expoId!: string | null;
  @Column({ name: 'booth_id', type: 'uuid', nullable: true }) boothId!: string | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
