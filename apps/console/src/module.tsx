import { NotFoundState } from '@yiqia/web-ui';
import { RemoteRoutes, type RemoteRoute } from '@yiqia/web-mf/remote-routes';
import './i18n/index.js';
import { AnnouncementsPage } from './pages/announcements-page.js';
import { AuditPage } from './pages/audit-page.js';
import { BrokerPage } from './pages/broker-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { ExportsPage } from './pages/exports-page.js';
import { ResultsPage } from './pages/results-page.js';
import { RoomPage } from './pages/room-page.js';
import { RoomsPage } from './pages/rooms-page.js';

/** Every page of this remote, on its full path (static segments before `:id`). */
const ROUTES: RemoteRoute[] = [
  { path: '/console', element: <DashboardPage /> },
  { path: '/console/results', element: <ResultsPage /> },
  { path: '/console/exports', element: <ExportsPage /> },
  { path: '/console/rooms', element: <RoomsPage /> },
  { path: '/console/rooms/:roomId', element: <RoomPage /> },
  { path: '/console/broker', element: <BrokerPage /> },
  { path: '/console/announcements', element: <AnnouncementsPage /> },
  { path: '/console/audit', element: <AuditPage /> },
];

/**
 * The console remote (`console/Module`): the organizer's live dashboard, session monitor and
 * moderation, introductions, announcements, exports, results and audit log. Mounted by the shell
 * under `/console/*` (organizers only; the API refuses everyone else too).
 */
export default function ConsoleModule() {
  return <RemoteRoutes routes={ROUTES} notFound={<NotFoundState />} testId="console-remote" />;
}
