/** Strings of the conversation list, rooms and chat (keys under `inbox.`, `room.`, `chat.`). */
export const chatZh = {
  inbox: { title: '我的洽谈' },
};

export const chatEn: typeof chatZh = {
  inbox: { title: 'My negotiations' },
};
