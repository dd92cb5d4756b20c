import { NotFoundState } from '@yiqia/web-ui';
import './i18n/index.js';
import { RemoteRoutes, type RemoteRoute } from '@yiqia/web-mf/remote-routes';
import { InboxPage } from './pages/inbox-page.js';
import { NewMeetingPage } from './pages/new-meeting-page.js';
import { NewRoomPage } from './pages/new-room-page.js';
import { SchedulePage } from './pages/schedule-page.js';

/** Every page of this remote, on its full path (static segments before `:id`). */
const ROUTES: RemoteRoute[] = [
  { path: '/negotiate', element: <InboxPage /> },
  { path: '/negotiate/rooms/new', element: <NewRoomPage /> },
  { path: '/negotiate/rooms/:roomId', element: <InboxPage /> },
  { path: '/negotiate/schedule', element: <SchedulePage /> },
  { path: '/negotiate/meetings/new', element: <NewMeetingPage /> },
];

/**
 * The negotiate remote (`negotiate/Module`): conversations and negotiation rooms with live chat, the
 * 合作意向书 in each room, meeting requests and the schedule. Mounted by the shell under `/negotiate/*`
 * (logged-in users only).
 */
export default function NegotiateModule() {
  return <RemoteRoutes routes={ROUTES} notFound={<NotFoundState />} testId="negotiate-remote" />;
}
