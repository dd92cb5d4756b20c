import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrgType } from '@yiqia/domain';

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) type!: OrgType;
  @Column({ name: 'credit_code', type: 'text' }) creditCode!: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
