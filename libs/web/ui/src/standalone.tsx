import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { installCrossTabSync, restoreSession } from '@yiqia/web-data';
import { AppProviders } from './AppProviders.js';

export interface StandaloneOptions {
  /** Where the API serves the remote's own index.html, e.g. `/remotes/booths`. */
  base: string;
  /** The page `/` and `/index.html` lead to, e.g. `/expos`. */
  landing: string;
}

/**
 * A remote's standalone development entry: renders its ./Module inside the shared providers and a
 * router, the way the shell does. Open `<base>/index.html` on a running API (same origin: /api works).
 */
export function renderStandaloneRemote(Module: ComponentType, { base, landing }: StandaloneOptions): void {
  installCrossTabSync();
  void restoreSession();
  const basename = window.location.pathname.startsWith(base) ? base : undefined;
  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <BrowserRouter basename={basename}>
          <Routes>
            <Route path="/" element={<Navigate to={landing} replace />} />
            <Route path="/index.html" element={<Navigate to={landing} replace />} />
            <Route path="*" element={<Module />} />
          </Routes>
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}
