import { Empty, Flex, Select, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useListingSearch } from '../../data/moderation.js';
import { useConsoleT } from '../../i18n/index.js';

/** What the form keeps of a chosen listing (from a search hit, a strong pair or the `?needId=` prefill). */
export interface PickedListing {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  orgId: string;
  orgName: string;
}

export interface ListingPickerProps {
  expoId: string;
  kind: 'need' | 'offer';
  value: PickedListing | null;
  onChange: (v: PickedListing | null) => void;
  placeholder: string;
  /** Listings already chosen elsewhere in the form (not offered twice). */
  exclude?: string[];
  testId: string;
}

/** Searches the expo's open listings of one kind by words (title, summary, organisation name). */
export function ListingPicker({ expoId, kind, value, onChange, placeholder, exclude = [], testId }: ListingPickerProps) {
  const { t } = useConsoleT();
  const [q, setQ] = useState('');
  const search = useListingSearch(expoId, kind, q);
  const options = useMemo(() => {
    const hits = (search.data ?? [])
      .filter((h) => !exclude.includes(h.id))
      .map<PickedListing>((h) => ({ id: h.id, kind: h.kind, title: h.title, orgId: h.organization.id, orgName: h.organization.name }));
    if (value && !hits.some((h) => h.id === value.id)) hits.unshift(value);
    return hits;
  }, [search.data, exclude, value]);

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value?.id}
      placeholder={placeholder}
      style={{ width: '100%' }}
      onChange={(id) => onChange(options.find((o) => o.id === id) ?? null)}
      notFoundContent={search.isFetching ? <Spin size="small" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mod.broker.noListing')} />}
      options={options.map((o) => ({
        value: o.id,
        label: (
          <Flex gap={6} align="center" style={{ minWidth: 0 }} data-testid={`${testId}-option`} data-listing-id={o.id}>
            <Tag color={o.kind === 'need' ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
              {t(`mod.broker.kind.${o.kind}`)}
            </Tag>
            <Typography.Text ellipsis style={{ minWidth: 0 }}>
              {t('mod.broker.listingLabel', { title: o.title, org: o.orgName })}
            </Typography.Text>
          </Flex>
        ),
      }))}
      data-testid={testId}
    />
  );
}
