/** Strings of the console frame (menu, organizer gate). Keys: `common.*`. */
export const commonZh = {
  common: {
    title: '组织者控制台',
    menu: {
      dashboard: '实时大屏',
      rooms: '洽谈监控',
      broker: '撮合引荐',
      announcements: '全场公告',
      review: '展位审核',
      exports: '数据导出',
      results: '成果统计',
      audit: '操作日志',
    },
    forbidden: '控制台仅对展会组织者开放',
    forbiddenHint: '如需协助管理展会，请联系主办方为您开通组织者账号。',
    noExpo: '还没有展会，请先创建展会',
    expo: '展会',
  },
};

export const commonEn: typeof commonZh = {
  common: {
    title: 'Organizer console',
    menu: {
      dashboard: 'Live dashboard',
      rooms: 'Session monitor',
      broker: 'Introductions',
      announcements: 'Announcements',
      review: 'Booth review',
      exports: 'Exports',
      results: 'Results',
      audit: 'Audit log',
    },
    forbidden: 'The console is for expo organizers only',
    forbiddenHint: 'To help run the expo, ask the host to give you an organizer account.',
    noExpo: 'There is no expo yet; create one first',
    expo: 'Expo',
  },
};
