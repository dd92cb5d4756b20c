import { Cascader, type CascaderProps } from 'antd';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

type RegionsModule = typeof import('@yiqia/domain/regions');

interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

let regionsPromise: Promise<RegionsModule> | null = null;

/** GB/T 2260 regions, loaded on demand: the data is a separate chunk of ≈200 KB. */
export function loadRegions(): Promise<RegionsModule> {
  if (!regionsPromise) {
    regionsPromise = import('@yiqia/domain/regions').catch((error: unknown) => {
      regionsPromise = null;
      throw error;
    });
  }
  return regionsPromise;
}

function toOptions(nodes: ReturnType<RegionsModule['regionTree']>): RegionOption[] {
  return nodes.map((n) => ({ value: n.code, label: n.name, children: n.children ? toOptions(n.children) : undefined }));
}

let optionsCache: RegionOption[] | null = null;

export interface RegionCascaderProps {
  /** A district code (e.g. "510104"), or a city/province code without subdivisions. */
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  status?: 'error' | 'warning';
  style?: CSSProperties;
  'data-testid'?: string;
  'aria-invalid'?: boolean;
  /**
   * Accept any level (province, city or district), e.g. where a listing serves a whole province.
   * Default false: the value is a leaf (a district, or a city/province without subdivisions).
   */
  anyLevel?: boolean;
}

/**
 * Province → city → district picker; the value is the code of the chosen leaf (usually a district),
 * or with `anyLevel` of whatever level was clicked last.
 */
export function RegionCascader({ value, onChange, id, placeholder, disabled, allowClear = true, status, style, anyLevel = false, 'data-testid': testId = 'region-cascader', ...rest }: RegionCascaderProps) {
  const { t } = useTranslation('ui');
  const [mod, setMod] = useState<RegionsModule | null>(null);
  const [options, setOptions] = useState<RegionOption[] | null>(optionsCache);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    loadRegions()
      .then((m) => {
        if (!alive) return;
        if (!optionsCache) optionsCache = toOptions(m.regionTree());
        setMod(m);
        setOptions(optionsCache);
        setFailed(false);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [attempt]);

  const path = useMemo(() => (value && mod ? mod.regionCodePath(value) : undefined), [value, mod]);

  const showSearch = useMemo<CascaderProps<RegionOption>['showSearch']>(
    () => ({
      filter: (input, optionPath) => optionPath.some((o) => o.label.includes(input.trim())),
      limit: 50,
    }),
    [],
  );

  return (
    <Cascader<RegionOption>
      id={id}
      options={options ?? []}
      value={path && path.length ? path : undefined}
      onChange={(codes) => onChange?.(codes && codes.length ? String(codes[codes.length - 1]) : undefined)}
      placeholder={failed ? t('region.loadFailed') : options ? (placeholder ?? t('region.placeholder')) : t('region.loading')}
      notFoundContent={t('region.noMatch')}
      disabled={disabled}
      allowClear={allowClear}
      status={failed ? 'error' : status}
      loading={!options && !failed}
      showSearch={showSearch}
      expandTrigger="click"
      changeOnSelect={anyLevel}
      onOpenChange={(open) => {
        if (open && failed) setAttempt((a) => a + 1);
      }}
      style={{ width: '100%', ...style }}
      data-testid={testId}
      aria-invalid={rest['aria-invalid']}
    />
  );
}
