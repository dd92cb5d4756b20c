/** Strings of the participants' side of moderation: reporting a room, hidden messages, mutes, rooms closed by organizers. Keys: `mod.*`. */
export const modZh = {
  mod: {
    report: '举报',
    reportTitle: '向组织者举报此洽谈',
    reportIntro: '如果有人发布骚扰、诈骗、违法或与公益无关的内容，请告诉组织者。举报后组织者可以查看本洽谈的聊天记录并进行处理，其他参与方不会收到通知。',
    reason: '举报原因',
    reasonPlaceholder: '请说明发生了什么，例如：对方反复发送推销信息',
    reasonRequired: '请填写举报原因（至少 {{min}} 个字）',
    reasonTooLong: '举报原因最多 {{max}} 个字',
    message: '相关消息（选填）',
    messagePlaceholder: '选择一条有问题的消息',
    messageOption: '{{name}}：{{text}}',
    submit: '提交举报',
    cancel: '取消',
    reported: '举报已提交，组织者会尽快处理',
    hidden: '该消息已被组织者隐藏',
    mutedTitle: '您已被组织者禁言',
    mutedHint: '暂时不能在此洽谈室发送消息，其他洽谈不受影响；如有疑问请联系展会组织者。',
    mutedPlaceholder: '您已被禁言，暂时不能发言',
    closedByOrganizer: '组织者已关闭此洽谈，原因：{{reason}}。记录仅供查看，不能再发送消息。',
  },
};

export const modEn: typeof modZh = {
  mod: {
    report: 'Report',
    reportTitle: 'Report these talks to the organizers',
    reportIntro:
      'If someone posts harassment, fraud, illegal content or anything unrelated to public welfare, tell the organizers. A report lets them read this conversation and act; the other parties are not told.',
    reason: 'What happened',
    reasonPlaceholder: 'Describe what happened, e.g. the other side keeps sending sales pitches',
    reasonRequired: 'Say what happened (at least {{min}} characters)',
    reasonTooLong: 'At most {{max}} characters',
    message: 'Message concerned (optional)',
    messagePlaceholder: 'Pick the message that is a problem',
    messageOption: '{{name}}: {{text}}',
    submit: 'Send report',
    cancel: 'Cancel',
    reported: 'Report sent; the organizers will look into it',
    hidden: 'This message was hidden by an organizer',
    mutedTitle: 'An organizer has muted you in this room',
    mutedHint: 'You cannot send messages here for now; your other conversations are not affected. Contact the expo organizers if you have questions.',
    mutedPlaceholder: 'You are muted here for now',
    closedByOrganizer: 'The organizers closed these talks. Reason: {{reason}}. The history is read-only.',
  },
};
