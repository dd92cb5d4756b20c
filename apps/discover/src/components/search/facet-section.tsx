import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Flex, Typography, theme } from 'antd';
import { useDiscoverT } from '../../i18n/index.js';
import { DownOutlined, UpOutlined } from '../listing/icons.js';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  indeterminate?: boolean;
  /** Nested options (the region tree). */
  children?: FacetOption[];
  level?: string;
}

/** A count next to an option; "0" greyed. */
export function FacetCount({ count }: { count: number }) {
  const { token } = theme.useToken();
  return (
    <span
      data-testid="facet-count"
      style={{ flex: 'none', fontSize: 12, color: count ? token.colorTextSecondary : token.colorTextQuaternary, fontVariantNumeric: 'tabular-nums' }}
    >
      {count.toLocaleString('en-US')}
    </span>
  );
}

function OptionRow({ facet, option, depth, onToggle }: { facet: string; option: FacetOption; depth: number; onToggle: (value: string) => void }) {
  const { token } = theme.useToken();
  return (
    <>
      <Flex
        align="center"
        gap={8}
        data-testid="facet-option"
        data-facet={facet}
        data-value={option.value}
        data-count={option.count}
        data-state={option.checked ? 'checked' : option.indeterminate ? 'partial' : 'none'}
        data-level={option.level}
        style={{
          padding: '3px 6px',
          marginInlineStart: depth * 18,
          borderRadius: 4,
          background: option.checked ? token.colorPrimaryBg : undefined,
          borderInlineStart: depth ? `1px solid ${token.colorBorderSecondary}` : undefined,
        }}
      >
        <Checkbox
          checked={option.checked}
          indeterminate={!option.checked && option.indeterminate}
          onChange={() => onToggle(option.value)}
          style={{ flex: 1, minWidth: 0 }}
          data-testid="facet-checkbox"
        >
          <span style={{ wordBreak: 'break-word' }}>{option.label}</span>
        </Checkbox>
        <FacetCount count={option.count} />
      </Flex>
      {option.children?.map((child) => (
        <OptionRow key={child.value} facet={facet} option={child} depth={depth + 1} onToggle={onToggle} />
      ))}
    </>
  );
}

/**
 * One facet: a title and checkboxes with counts (OR within the facet). Long lists show the first
 * `limit` options (selected ones always) and a "show more" toggle.
 */
export function FacetSection({
  facet,
  title,
  options,
  onToggle,
  limit = 6,
  hint,
}: {
  facet: string;
  title: ReactNode;
  options: FacetOption[];
  onToggle: (value: string) => void;
  limit?: number;
  hint?: ReactNode;
}) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? options : options.filter((o, i) => i < limit || o.checked || o.indeterminate);
  const hidden = options.length - shown.length;
  return (
    <section data-testid={`facet-${facet}`} aria-label={typeof title === 'string' ? title : undefined} style={{ padding: '14px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 6, fontSize: 14 }}>
        {title}
      </Typography.Text>
      {hint && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 6 }}>
          {hint}
        </Typography.Text>
      )}
      {options.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('search.facetNone')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={1}>
          {shown.map((option) => (
            <OptionRow key={option.value} facet={facet} option={option} depth={0} onToggle={onToggle} />
          ))}
        </Flex>
      )}
      {(hidden > 0 || expanded) && options.length > limit && (
        <Button
          type="link"
          size="small"
          onClick={() => setExpanded((v) => !v)}
          style={{ padding: '0 6px', marginTop: 4 }}
          icon={expanded ? <UpOutlined /> : <DownOutlined />}
          iconPlacement="end"
          data-testid={`facet-${facet}-more`}
        >
          {expanded ? t('search.showLess') : t('search.showMore', { count: hidden })}
        </Button>
      )}
    </section>
  );
}
