import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UploadDto, UploadKind } from '@yiqia/contracts';

@Entity('uploads')
export class Upload {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Random name on disk, e.g. `k3J9…x.png`; never the user's file name. */
  @Column({ name: 'stored_name', type: 'text' }) storedName!: string;
  @Column({ name: 'original_name', type: 'text' }) originalName!: string;
  @Column({ type: 'text' }) mime!: UploadDto['mime'];
  @Column({ type: 'text' }) kind!: UploadKind;
  @Column({ type: 'int' }) size!: number;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
