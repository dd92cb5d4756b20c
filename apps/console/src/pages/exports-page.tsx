import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the live console work fills it in. */
function ExportsPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-exports-page" data-expo-id={expo.id} />;
}

export function ExportsPage() {
  return <ConsoleFrame>{(expo) => <ExportsPageBody expo={expo} />}</ConsoleFrame>;
}
