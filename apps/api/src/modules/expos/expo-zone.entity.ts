import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ServiceDomain } from '@yiqia/domain';

@Entity('expo_zones')
export class ExpoZone {
  @PrimaryColumn({ name: 'expo_id', type: 'uuid' }) expoId!: string;
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'name_en', type: 'text', nullable: true }) nameEn!: string | null;
  @Column({ name: 'domain_code', type: 'text', nullable: true }) domainCode!: ServiceDomain | null;
  @Column({ type: 'int', default: 0 }) sort!: number;
}
