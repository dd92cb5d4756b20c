/** Strings of my listings and the listing editor (keys under `mine.` and `editor.`). */
export const listingsZh = {
  mine: { title: '我的供需' },
  editor: { titleNew: '发布供需', titleEdit: '编辑供需' },
};

export const listingsEn: typeof listingsZh = {
  mine: { title: 'My listings' },
  editor: { titleNew: 'Publish a listing', titleEdit: 'Edit listing' },
};
