/** Strings of the session monitor, moderation, audit log, introductions and announcements. Keys: `mod.*`. */
export const modZh = {
  mod: {},
};

export const modEn: typeof modZh = {
  mod: {},
};
