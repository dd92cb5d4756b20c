/** Strings of the dashboard, results page and exports (owned by the live-console work). Keys: `live.*`. */
export const liveZh = {
  live: {},
};

export const liveEn: typeof liveZh = {
  live: {},
};
