// Standalone development entry: renders ./Module inside the shared providers and a router, the way
// the shell does. Open /remotes/console/index.html on a running API (same origin: /api works).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { installCrossTabSync, restoreSession } from '@yiqia/web-data';
import { AppProviders } from '@yiqia/web-ui';
import ConsoleModule from './module.js';

const BASE = '/remotes/console';

installCrossTabSync();
void restoreSession();

const basename = window.location.pathname.startsWith(BASE) ? BASE : undefined;

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <BrowserRouter basename={basename}>
        <Routes>
          <Route path="/" element={<Navigate to="/console" replace />} />
          <Route path="/index.html" element={<Navigate to="/console" replace />} />
          <Route path="*" element={<ConsoleModule />} />
        </Routes>
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
