import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the mod console work fills it in. */
function AnnouncementsPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-announcements-page" data-expo-id={expo.id} />;
}

export function AnnouncementsPage() {
  return <ConsoleFrame>{(expo) => <AnnouncementsPageBody expo={expo} />}</ConsoleFrame>;
}
