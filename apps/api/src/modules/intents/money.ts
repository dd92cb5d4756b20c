const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['仟', '佰', '拾', ''];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

/**
 * 人民币大写 of whole yuan, as written on contracts: 1200000 → 壹佰贰拾万元整, 100010000 → 壹亿零壹万元整,
 * 1000001 → 壹佰万零壹元整. Consecutive zeros collapse into one 零; trailing zeros are dropped.
 */
export function cnyUppercase(yuan: number): string {
  if (!Number.isSafeInteger(yuan) || yuan < 0) throw new RangeError(`not a whole, non-negative amount: ${yuan}`);
  if (yuan === 0) return '零元整';
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) groups.unshift(rest % 10000);
  let out = '';
  let pendingZero = false;
  groups.forEach((g, i) => {
    const unit = GROUP_UNITS[groups.length - 1 - i];
    if (g === 0) {
      pendingZero = out !== '';
      return;
    }
    if (out !== '' && (pendingZero || g < 1000)) out += '零';
    pendingZero = false;
    const digits = String(g).padStart(4, '0');
    let started = false;
    let zero = false;
    for (let k = 0; k < 4; k++) {
      const d = Number(digits[k]);
      if (d === 0) {
        zero = started;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      started = true;
      out += DIGITS[d] + UNITS[k];
    }
    out += unit;
  });
  return `${out}元整`;
}

/** 1234567 → "1,234,567" */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Exact 万元 (no rounding): 1234567 → "123.4567", 1200000 → "120". */
export function exactWan(yuan: number): string {
  const whole = Math.floor(yuan / 10000);
  const frac = String(yuan % 10000).padStart(4, '0').replace(/0+$/, '');
  return frac ? `${groupDigits(whole)}.${frac}` : groupDigits(whole);
}

/**
 * An amount as printed on the intent, exact: "1,200,000 元（120 万元；大写：壹佰贰拾万元整）";
 * in English "CNY 1,200,000 (1.2 million yuan)".
 */
export function formatAmount(yuan: number, lang: 'zh' | 'en'): string {
  if (lang === 'en') {
    const million = yuan >= 1_000_000 ? ` (${(yuan / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 6 })} million yuan)` : '';
    return `CNY ${groupDigits(yuan)}${million}; ${cnyUppercase(yuan)}`;
  }
  const wan = yuan >= 10000 ? `${exactWan(yuan)} 万元；` : '';
  return `${groupDigits(yuan)} 元（${wan}大写：${cnyUppercase(yuan)}）`;
}
