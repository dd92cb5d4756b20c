import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the mod console work fills it in. */
function RoomPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-room-page" data-expo-id={expo.id} />;
}

export function RoomPage() {
  return <ConsoleFrame>{(expo) => <RoomPageBody expo={expo} />}</ConsoleFrame>;
}
