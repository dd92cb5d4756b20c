import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service.js';
import { User } from './user.entity.js';

/** ORGANIZER_EMAIL / ORGANIZER_PASSWORD: the account exists, is an organizer and has that password. */
export async function ensureOrganizer(ds: DataSource, email: string, password: string): Promise<void> {
  const passwords = new PasswordService();
  const repo = ds.getRepository(User);
  const existing = await repo.findOneBy({ email });
  if (!existing) {
    await repo.save({ email, passwordHash: await passwords.hash(password), displayName: '主办方', role: 'organizer', organizationId: null, orgRole: null });
    new Logger('Organizer').log(`organizer account ${email} created`);
    return;
  }
  const changes: Partial<User> = {};
  if (existing.role !== 'organizer') changes.role = 'organizer';
  if (!(await passwords.verify(existing.passwordHash, password))) changes.passwordHash = await passwords.hash(password);
  if (Object.keys(changes).length > 0) await repo.update(existing.id, changes);
}
