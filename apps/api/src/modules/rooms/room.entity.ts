import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AttachmentDto, RoomKind, RoomStatus } from '@yiqia/contracts';

/** A conversation (`direct`, two organisations) or a negotiation room (several organisations, listings). */
@Entity('rooms')
export class Room {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: RoomKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: 'open' }) status!: RoomStatus;
  @Column({ name: 'expo_id', type: 'uuid', nullable: true }) expoId!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_by_org', type: 'uuid' }) createdByOrg!: string;
  /** `direct` rooms only: the two organisation ids, sorted and joined — unique, so "contact" twice finds the same room. */
  @Column({ name: 'direct_key', type: 'text', nullable: true }) directKey!: string | null;
  /** Highest message seq; incremented under the row lock in the transaction that inserts the message. */
  @Column({ name: 'last_seq', type: 'int', default: 0 }) lastSeq!: number;
  @Column({ name: 'last_message_at', type: 'timestamptz', nullable: true }) lastMessageAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** An organisation taking part in a room; every member of it may read and write there. */
@Entity('room_parties')
export class RoomParty {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' }) roomId!: string;
  @PrimaryColumn({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @Column({ type: 'text', nullable: true }) role!: string | null;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt!: Date;
}

@Entity('room_listings')
export class RoomListing {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' }) roomId!: string;
  @PrimaryColumn({ name: 'listing_id', type: 'uuid' }) listingId!: string;
}

/** A message; (room_id, seq) is gap-free and (room_id, client_id) makes a retried send idempotent. */
@Entity('messages')
export class Message {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'room_id', type: 'uuid' }) roomId!: string;
  @Column({ type: 'int' }) seq!: number;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'sender_user_id', type: 'uuid', nullable: true }) senderUserId!: string | null;
  @Column({ name: 'sender_org_id', type: 'uuid', nullable: true }) senderOrgId!: string | null;
  @Column({ type: 'text', default: 'text' }) type!: 'text' | 'system';
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) attachments!: AttachmentDto[];
  @Column({ name: 'system_event', type: 'jsonb', nullable: true }) systemEvent!: Record<string, unknown> | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** How far a user has read in a room (highest seq seen). */
@Entity('room_reads')
export class RoomRead {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' }) roomId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'read_seq', type: 'int', default: 0 }) readSeq!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
