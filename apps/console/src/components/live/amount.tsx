import { useConsoleT } from '../../i18n/index.js';
import { formatAmount } from '../../lib/live-format.js';

/** An amount in 元, as the interface language writes it (¥1,234,500 / 123.45 万元). */
export function useFormatAmount(): (yuan: number) => string {
  const { t, lang } = useConsoleT();
  return (yuan) => {
    const { value, unit } = formatAmount(yuan, lang);
    return t(`live.amount.${unit}`, { value });
  };
}
