import { useContext, useEffect, useRef } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';
import { App } from 'antd';
import { useDiscoverT } from '../../i18n/index.js';

function BlockerDialog({ isDirty }: { isDirty: () => boolean }) {
  const { t } = useDiscoverT();
  const { modal } = App.useApp();
  // Only leaving the page counts (a query-string change on the same page is not leaving).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty());
  const asked = useRef(false);

  useEffect(() => {
    if (blocker.state !== 'blocked' || asked.current) return;
    asked.current = true;
    modal.confirm({
      title: t('editor.leaveTitle'),
      content: t('editor.leaveContent'),
      okText: t('editor.leaveOk'),
      cancelText: t('editor.stay'),
      okButtonProps: { danger: true, 'data-testid': 'leave-confirm' } as never,
      cancelButtonProps: { 'data-testid': 'leave-cancel' } as never,
      onOk: () => {
        asked.current = false;
        blocker.proceed?.();
      },
      onCancel: () => {
        asked.current = false;
        blocker.reset?.();
      },
    });
  }, [blocker, modal, t]);
  return null;
}

/**
 * Asks before leaving a form with unsaved changes: in-app navigation (a data router's blocker; the
 * shell uses one, a plain BrowserRouter in standalone runs has none) and closing or reloading the tab.
 * `isDirty` is asked at the moment of leaving, so a form that has just been saved can navigate away.
 */
export function UnsavedGuard({ isDirty }: { isDirty: () => boolean }) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const latest = useRef(isDirty);
  latest.current = isDirty;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  const stable = useRef(() => latest.current()).current;
  return dataRouter ? <BlockerDialog isDirty={stable} /> : null;
}
