import { useNegotiateT } from '../../i18n/index.js';

/**
 * The red "已签约意向" stamp: a double ring with the words along the inside, like an organisation's
 * seal. Pure SVG (no images); the text comes from the translations.
 */
export function IntentSeal({ size = 104, version }: { size?: number; version?: number }) {
  const { t } = useNegotiateT();
  const label = t('intent.seal');
  const sub = version ? t('intent.sealVersion', { version }) : '';
  // Four or five Chinese characters fill the ring at 17; longer Latin words need a smaller size.
  const cjk = /[\u3400-\u9fff]/.test(label);
  const fontSize = cjk ? 17 : Math.min(14, Math.floor(150 / Math.max(label.length, 1)));
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 120 120"
      role="img"
      aria-label={label}
      data-testid="intent-seal"
      style={{ transform: 'rotate(-12deg)', flex: 'none', opacity: 0.92 }}
    >
      <circle cx="60" cy="60" r="56" fill="none" stroke="#c8102e" strokeWidth="4" />
      <circle cx="60" cy="60" r="49" fill="none" stroke="#c8102e" strokeWidth="1.5" />
      <path d="M60 30 l4.4 9 9.9 1.4 -7.2 7 1.7 9.8 -8.8-4.6 -8.8 4.6 1.7-9.8 -7.2-7 9.9-1.4z" fill="#c8102e" />
      <text x="60" y="78" textAnchor="middle" fill="#c8102e" fontSize={fontSize} fontWeight="700" letterSpacing={cjk ? 1 : 0} fontFamily="'Songti SC','STSong','SimSun','Noto Serif CJK SC',serif">
        {label}
      </text>
      {sub && (
        <text x="60" y="96" textAnchor="middle" fill="#c8102e" fontSize="10" letterSpacing="1">
          {sub}
        </text>
      )}
    </svg>
  );
}
