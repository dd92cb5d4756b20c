import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the mod console work fills it in. */
function BrokerPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-broker-page" data-expo-id={expo.id} />;
}

export function BrokerPage() {
  return <ConsoleFrame>{(expo) => <BrokerPageBody expo={expo} />}</ConsoleFrame>;
}
