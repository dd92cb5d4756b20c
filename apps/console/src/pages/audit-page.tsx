import type { ExpoDto } from '@yiqia/contracts';
import { ConsoleFrame } from '../components/console-frame.js';

/** Placeholder until the mod console work fills it in. */
function AuditPageBody({ expo }: { expo: ExpoDto }) {
  return <div data-testid="console-audit-page" data-expo-id={expo.id} />;
}

export function AuditPage() {
  return <ConsoleFrame>{(expo) => <AuditPageBody expo={expo} />}</ConsoleFrame>;
}
