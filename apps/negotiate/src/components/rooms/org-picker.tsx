import { Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { OrgTypeTag } from '@yiqia/web-ui';
import { useOrgSearch, type OrgCandidate } from '../../data/rooms.js';
import { useNegotiateT } from '../../i18n/index.js';

export interface OrgPickerProps {
  value: OrgCandidate[];
  onChange: (orgs: OrgCandidate[]) => void;
  /** Shown before anything is typed (e.g. the publishers of the room's listings). */
  suggestions?: OrgCandidate[];
  /** Organisations that cannot be picked (mine, already in the room), with the reason shown. */
  disabled?: Map<string, string>;
  max: number;
  'data-testid'?: string;
}

/**
 * Pick organisations to invite. There is no organisation directory API, so the search goes through
 * the listings search (organisation names and listing text) and offers each publisher once, with the
 * listing it was found by.
 */
export function OrgPicker({ value, onChange, suggestions = [], disabled, max, 'data-testid': testId = 'org-picker' }: OrgPickerProps) {
  const { t } = useNegotiateT();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), []);
  const search = useOrgSearch(q);
  const known = useRef(new Map<string, OrgCandidate>());
  for (const o of [...suggestions, ...value, ...(search.data ?? [])]) known.current.set(o.id, o);

  const candidates = q ? (search.data ?? []) : suggestions;
  const options = useMemo(
    () =>
      candidates.map((o) => {
        const reason = disabled?.get(o.id);
        return {
          value: o.id,
          disabled: !!reason,
          label: (
            <Flex justify="space-between" align="center" gap={8} data-testid="org-option" data-org-id={o.id}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text ellipsis>{o.name}</Typography.Text>
                {reason || o.listing ? (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    {reason ?? t('orgPicker.viaListing', { title: o.listing?.title })}
                  </Typography.Text>
                ) : null}
              </Flex>
              <OrgTypeTag type={o.type} />
            </Flex>
          ),
          title: o.name,
        };
      }),
    [candidates, disabled, t],
  );

  return (
    <Select
      mode="multiple"
      showSearch={{
        filterOption: false,
        searchValue: input,
        onSearch: (v) => {
          setInput(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => setQ(v.trim()), 250);
        },
      }}
      value={value.map((o) => o.id)}
      onChange={(ids: string[]) => {
        if (ids.length > max) return;
        onChange(ids.map((id) => known.current.get(id)).filter((o): o is OrgCandidate => !!o));
        setInput('');
      }}
      options={options}
      optionLabelProp="title"
      placeholder={t('orgPicker.placeholder')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : q ? t('orgPicker.noResult') : t('orgPicker.hint')}
      style={{ width: '100%' }}
      size="large"
      data-testid={testId}
      popupMatchSelectWidth
      maxCount={max}
    />
  );
}
