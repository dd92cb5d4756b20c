/** Strings of the search page and the listing page (keys under `search.` and `listing.`). */
export const searchZh = {
  search: { title: '供需对接' },
  listing: {},
};

export const searchEn: typeof searchZh = {
  search: { title: 'Needs & offers' },
  listing: {},
};
