import { setRemoteFallbackRenderer, setupRemotes } from '@yiqia/web-mf';
import { installCrossTabSync, restoreSession } from '@yiqia/web-data';
import { AppProviders, RemoteUnavailable, addTranslations } from '@yiqia/web-ui';
import { StrictMode, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createShellRouter } from './app/router.js';
import { shellTranslations } from './i18n/shell-translations.js';

addTranslations('shell', shellTranslations);

// Remote URLs come from GET /remotes.json at runtime (one build for every environment).
void setupRemotes({ hostName: 'shell' });

// The MF runtime plugin has no React of its own: it renders the fallback through ours.
setRemoteFallbackRenderer({ createElement: createElement as never, Component: RemoteUnavailable });

// Back in session from the refresh token (if any); requests wait for it.
void restoreSession();
installCrossTabSync();

const router = createShellRouter();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
