/** Strings of intent documents, meeting requests and the schedule (keys under `intent.`, `meeting.`, `schedule.`). */
export const dealZh = {
  schedule: { title: '我的日程' },
  meeting: { newTitle: '预约洽谈' },
  intent: { title: '合作意向书' },
};

export const dealEn: typeof dealZh = {
  schedule: { title: 'My schedule' },
  meeting: { newTitle: 'Request a meeting' },
  intent: { title: 'Intent document' },
};
