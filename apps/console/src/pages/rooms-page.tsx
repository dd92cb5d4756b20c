import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the mod console work fills it in. */
function RoomsPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-rooms-page" data-expo-id={expo.id} />;
}

export function RoomsPage() {
  return <ConsoleFrame>{(expo) => <RoomsPageBody expo={expo} />}</ConsoleFrame>;
}
