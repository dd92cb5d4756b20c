import { useEffect, type ReactNode } from 'react';
import { Route, Routes, useLocation, useParams } from 'react-router';
import { NotFoundState } from '@yiqia/web-ui';
import './i18n/index.js';
import { parentBase, rebasePath } from './lib/route-base.js';
import { InboxPage } from './pages/inbox-page.js';
import { NewMeetingPage } from './pages/new-meeting-page.js';
import { NewRoomPage } from './pages/new-room-page.js';
import { SchedulePage } from './pages/schedule-page.js';

/** Every page of this remote, on its full path (static segments before `:id`). */
const ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/negotiate', element: <InboxPage /> },
  { path: '/negotiate/rooms/new', element: <NewRoomPage /> },
  { path: '/negotiate/rooms/:roomId', element: <InboxPage /> },
  { path: '/negotiate/schedule', element: <SchedulePage /> },
  { path: '/negotiate/meetings/new', element: <NewMeetingPage /> },
];

function useScrollTopOnPathChange(pathname: string) {
  useEffect(() => {
    if (typeof window !== 'undefined') window.scrollTo({ top: 0 });
  }, [pathname]);
}

/**
 * The negotiate remote (`negotiate/Module`): conversations and negotiation rooms with live chat, the
 * 合作意向书 in each room, meeting requests and the schedule. Mounted by the shell under `/negotiate/*`
 * (logged-in users only).
 */
export default function NegotiateModule() {
  const location = useLocation();
  const splat = useParams()['*'];
  const base = parentBase(location.pathname, splat);
  useScrollTopOnPathChange(location.pathname);
  return (
    <div data-testid="negotiate-remote" style={{ width: '100%' }}>
      <Routes>
        {ROUTES.map(({ path, element }) => {
          const rebased = rebasePath(path, base);
          return rebased === null ? null : <Route key={path} path={rebased} element={element} />;
        })}
        <Route path="*" element={<NotFoundState />} />
      </Routes>
    </div>
  );
}
