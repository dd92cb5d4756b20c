import { createBrowserRouter } from 'react-router';
import { RouteErrorPage } from '../pages/RouteErrorPage.js';
import { ShellLayout } from './ShellLayout.js';

/**
 * A data router (remotes may use data-router features such as useBlocker) with one catch-all route:
 * the layout's own <Routes> decide between shell pages and remote areas.
 */
export function createShellRouter() {
  return createBrowserRouter([{ path: '*', element: <ShellLayout />, errorElement: <RouteErrorPage /> }]);
}
