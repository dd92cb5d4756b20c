import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingStatus } from '@yiqia/contracts';

export interface MeetingSlot {
  startsAt: string;
  endsAt: string;
}

/** 洽谈预约: a request from one organisation to an exhibitor at an expo, with 1–3 proposed slots. */
@Entity('meeting_requests')
export class MeetingRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'expo_id', type: 'uuid' }) expoId!: string;
  @Column({ name: 'requester_org_id', type: 'uuid' }) requesterOrgId!: string;
  @Column({ name: 'requester_user_id', type: 'uuid', nullable: true }) requesterUserId!: string | null;
  /** The requesting person's display name at the time. */
  @Column({ name: 'requester_name', type: 'text' }) requesterName!: string;
  @Column({ name: 'invitee_org_id', type: 'uuid' }) inviteeOrgId!: string;
  @Column({ name: 'booth_id', type: 'uuid', nullable: true }) boothId!: string | null;
  @Column({ name: 'listing_id', type: 'uuid', nullable: true }) listingId!: string | null;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** ISO instants in UTC, as normalised by the API. */
  @Column({ type: 'jsonb' }) slots!: MeetingSlot[];
  @Column({ type: 'text', default: 'pending' }) status!: MeetingStatus;
  @Column({ name: 'accepted_slot_index', type: 'smallint', nullable: true }) acceptedSlotIndex!: number | null;
  /** The accepted slot, kept as columns for clash queries and calendars (also after a cancellation). */
  @Column({ name: 'accepted_starts_at', type: 'timestamptz', nullable: true }) acceptedStartsAt!: Date | null;
  @Column({ name: 'accepted_ends_at', type: 'timestamptz', nullable: true }) acceptedEndsAt!: Date | null;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason!: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy!: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true }) cancelledBy!: string | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
