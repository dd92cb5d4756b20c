import type { BoothContent } from '@yiqia/contracts';
import { diffDraft, draftFromBooth, draftToContent, fieldKeysOf, isBlankHtml, missingForSubmit, normalizeDraft, remapContactPath, sentContactRows } from './draft.js';

const booth: BoothContent = {
  title: '阳光助老服务站',
  slogan: null,
  introHtml: '<p>为社区高龄独居老人提供助餐、助浴和探访服务。</p>',
  logoUrl: '/api/uploads/abc.png',
  bannerUrl: null,
  videoUrl: null,
  documents: [{ url: '/api/uploads/doc.pdf', name: '2025 年度报告.pdf', size: 1024 }],
  contacts: [{ name: '王老师', role: '项目主管', phone: '028-12345678' }],
  zoneCode: 'elderly',
  domainCodes: ['elderly', 'community_service'],
};

describe('booth draft', () => {
  it('turns server nulls into editable strings', () => {
    const d = draftFromBooth(booth);
    expect(d.slogan).toBe('');
    expect(d.videoUrl).toBe('');
    expect(d.logoUrl).toBe('/api/uploads/abc.png');
  });

  it('has no diff against itself', () => {
    const d = draftFromBooth(booth);
    expect(diffDraft(d, draftFromBooth(booth))).toEqual({});
  });

  it('sends only the changed fields', () => {
    const saved = draftFromBooth(booth);
    const current = normalizeDraft({ ...saved, slogan: '让每位老人都有人陪', domainCodes: ['elderly'] });
    expect(diffDraft(saved, current)).toEqual({ slogan: '让每位老人都有人陪', domainCodes: ['elderly'] });
  });

  it('detects changes inside lists', () => {
    const saved = draftFromBooth(booth);
    const current = normalizeDraft({ ...saved, contacts: [{ name: '王老师', role: '项目主管', phone: '028-87654321' }] });
    expect(Object.keys(diffDraft(saved, current))).toEqual(['contacts']);
  });

  it('drops blank contact rows and empty optional contact fields', () => {
    const d = normalizeDraft({
      contacts: [{ name: ' 李社工 ', role: '', phone: '  ', email: 'li@example.org' }, { name: '', role: '' }, undefined, {}],
    });
    expect(d.contacts).toEqual([{ name: '李社工', email: 'li@example.org' }]);
  });

  it('keeps a contact without a name so the server can say the name is missing', () => {
    expect(normalizeDraft({ contacts: [{ phone: '13800000000' }] }).contacts).toEqual([{ name: '', phone: '13800000000' }]);
  });

  it('drops documents without a file and names the rest', () => {
    const d = normalizeDraft({ documents: [{ url: '' }, { url: '/api/uploads/x1.pdf' }, { url: '/api/uploads/x2.pdf', name: '方案', size: 3 }] });
    expect(d.documents).toEqual([{ url: '/api/uploads/x1.pdf', name: 'x1.pdf' }, { url: '/api/uploads/x2.pdf', name: '方案', size: 3 }]);
  });

  it('treats an empty editor as no intro', () => {
    expect(isBlankHtml('<p></p>')).toBe(true);
    expect(isBlankHtml('<p>&nbsp; </p><p><br></p>')).toBe(true);
    expect(isBlankHtml('<p>你好</p>')).toBe(false);
    expect(isBlankHtml('<p><img src="/api/uploads/a.png"></p>')).toBe(false);
    expect(normalizeDraft({ introHtml: '<p></p>' }).introHtml).toBe('');
  });

  it('gives the preview BoothContent back', () => {
    const content = draftToContent(normalizeDraft({ ...draftFromBooth(booth), contacts: [{ name: '' , phone: '123456'}] }));
    expect(content.slogan).toBeNull();
    expect(content.videoUrl).toBeNull();
    expect(content.contacts).toEqual([]);
  });

  it('maps server field paths to draft fields', () => {
    expect(fieldKeysOf(['contacts.0.phone', 'title', 'contacts[1].email', ['documents', 0, 'url'], 'unknown'])).toEqual([
      'contacts',
      'title',
      'documents',
    ]);
  });
});

describe('contact rows and submit checks', () => {
  it('maps server errors on sent contacts back to the form rows', () => {
    const rows = sentContactRows([{ name: '' }, { name: '张' }, undefined, { phone: 'x' }]);
    expect(rows).toEqual([1, 3]);
    expect(remapContactPath('contacts.1.phone', rows)).toBe('contacts.3.phone');
    expect(remapContactPath('contacts.0', rows)).toBe('contacts.1');
    expect(remapContactPath('title', rows)).toBe('title');
  });

  it('lists what is missing before submitting', () => {
    expect(missingForSubmit(normalizeDraft({}))).toEqual(['title', 'introHtml', 'logoUrl', 'zoneCode', 'contacts']);
    expect(missingForSubmit(draftFromBooth(booth))).toEqual([]);
    expect(missingForSubmit(normalizeDraft({ ...draftFromBooth(booth), contacts: [{ phone: '123456' }] }))).toEqual(['contacts']);
    expect(missingForSubmit(normalizeDraft({ ...draftFromBooth(booth), introHtml: '<p>太短了</p>' }))).toEqual(['introHtml']);
  });
});
