import type { BoothContent } from '@yiqia/contracts';
import { missingForSubmit } from './booths.service.js';

const complete: BoothContent = {
  title: '乐龄家园',
  slogan: null,
  introHtml: '<p>为社区独居老人提供居家养老服务</p>',
  logoUrl: '/api/uploads/abc.png',
  bannerUrl: null,
  videoUrl: null,
  documents: [],
  contacts: [{ name: '张老师' }],
  zoneCode: 'elderly',
  domainCodes: [],
};

describe('what a booth needs before review', () => {
  it('accepts a complete booth', () => {
    expect(missingForSubmit(complete)).toEqual([]);
  });

  it('names each missing part', () => {
    expect(missingForSubmit({ ...complete, introHtml: '<p> </p>', logoUrl: null, contacts: [], zoneCode: null })).toEqual([
      'introHtml',
      'logoUrl',
      'zoneCode',
      'contacts',
    ]);
  });
});
