import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Views of a booth per day and per (hashed) visitor: views = sum, unique visitors = rows. */
@Entity('booth_visits')
export class BoothVisit {
  @PrimaryColumn({ name: 'booth_id', type: 'uuid' }) boothId!: string;
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'visitor_hash', type: 'text' }) visitorHash!: string;
  @Column({ type: 'int', default: 1 }) views!: number;
}
