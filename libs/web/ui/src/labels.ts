// @yiqia/domain/regions (a separate ~200 KB entry) is loaded lazily by RegionCascader; the taxonomies here are tiny.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ORG_TYPE_LABELS, RESOURCE_TYPE_LABELS, SERVICE_DOMAIN_LABELS, pickLabel, type I18nLabel, type OrgType, type ResourceType, type ServiceDomain } from '@yiqia/domain';
import { useCallback, useMemo } from 'react';
import { useLang, type Lang } from './i18n/i18n.js';

export function orgTypeLabel(type: string, lang: Lang): string {
  const label = ORG_TYPE_LABELS[type as OrgType];
  return label ? pickLabel(label, lang) : type;
}

export function domainLabel(code: string, lang: Lang): string {
  const label = SERVICE_DOMAIN_LABELS[code as ServiceDomain];
  return label ? pickLabel(label, lang) : code;
}

export function resourceTypeLabel(code: string, lang: Lang): string {
  const label = RESOURCE_TYPE_LABELS[code as ResourceType];
  return label ? pickLabel(label, lang) : code;
}

/** Labels of @yiqia/domain taxonomies in the current language; re-renders on language change. */
export function useLabels() {
  const lang = useLang();
  const label = useCallback((l: I18nLabel) => pickLabel(l, lang), [lang]);
  return useMemo(
    () => ({
      lang,
      label,
      orgType: (type: string) => orgTypeLabel(type, lang),
      domain: (code: string) => domainLabel(code, lang),
      resourceType: (code: string) => resourceTypeLabel(code, lang),
    }),
    [lang, label],
  );
}
