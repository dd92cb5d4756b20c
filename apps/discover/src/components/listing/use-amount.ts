import { useCallback } from 'react';
import { useDiscoverT } from '../../i18n/index.js';
import { amountText } from '../../lib/format.js';

/** "5 万元 – 20 万元", "10 万元 起", … in the interface language; '' when no amount is given. */
export function useFormatAmount(): (min: number | null | undefined, max: number | null | undefined) => string {
  const { t, lang } = useDiscoverT();
  return useCallback(
    (min, max) => {
      const { key, ...values } = amountText(min, max, lang);
      return key === 'none' ? '' : t(`search.amount.${key}`, values);
    },
    [t, lang],
  );
}
