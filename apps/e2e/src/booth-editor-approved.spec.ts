import type { BoothDto } from '@yiqia/contracts';
import { BoothEditorPage } from './pages/booth-editor-page.js';
import { DEMO, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

// Merely opening the editor must never autosave: a spurious change (the rich-text editor could report
// one when its editability toggled) would turn an approved booth back into a draft.
test('opening the editor of an approved booth changes nothing; a real edit makes a new draft while the approved version stays public', async ({ page, api, loginAs }) => {
  const exhibitor = await api.registerOrg();
  const expo = await api.currentExpo();
  const title = `阳光助残驿站${uniqueId().slice(-5)}`;
  const booth = await api.completeBooth(exhibitor, expo, title, { submit: true });
  const organizer = await api.login(DEMO.organizer.email, DEMO.organizer.password);
  await api.reviewBooth(organizer.accessToken, booth.id, 'approve');

  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes(`/api/booths/${booth.id}`)) patches.push(r.url());
  });
  await loginAs(exhibitor);
  const editor = new BoothEditorPage(page);
  await editor.goto(booth.id);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // longer than the autosave debounce: a spurious change would have been sent
  expect(patches).toEqual([]);
  expect((await api.get<BoothDto>(`/api/booths/${booth.id}`, exhibitor.accessToken)).status).toBe('approved');

  // A real edit: a new draft for the owner, the approved version for everybody else.
  await page.getByTestId('field-title').fill(`${title}（新版）`);
  await editor.expectSaved();
  expect((await api.get<BoothDto>(`/api/booths/${booth.id}`, exhibitor.accessToken)).status).toBe('draft');
  expect((await api.get<BoothDto>(`/api/booths/${booth.id}`)).title).toBe(title);
});
