import { Flex, Radio, Typography } from 'antd';
import { LISTING_KINDS, type ListingKind } from '@yiqia/domain';
import { useDiscoverT } from '../../i18n/index.js';
import { GiftOutlined, SolutionOutlined } from './icons.js';

const CSS = `
.yiqia-kind-cards { display: grid !important; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 16px; width: 100%; }
.yiqia-kind-card.ant-radio-wrapper { margin: 0; padding: 18px 18px 18px 16px; border: 1px solid #d9dde3; border-radius: 12px; align-items: flex-start; background: #fff; transition: border-color .2s, box-shadow .2s, background .2s; }
.yiqia-kind-card.ant-radio-wrapper:hover { border-color: var(--yiqia-color-primary, #1f5fa8); }
.yiqia-kind-card.ant-radio-wrapper-checked { border-color: var(--yiqia-color-primary, #1f5fa8); background: #f3f8ff; box-shadow: 0 0 0 2px rgba(31, 95, 168, 0.12); }
.yiqia-kind-card.ant-radio-wrapper .ant-radio { margin-top: 4px; align-self: flex-start; }
.yiqia-kind-card .yiqia-kind-icon { flex: none; width: 44px; height: 44px; border-radius: 10px; display: flex; align-items: center; justify-content: center; font-size: 22px; }
.yiqia-kind-card[data-kind="need"] .yiqia-kind-icon { background: #fff7e6; color: #d46b08; }
.yiqia-kind-card[data-kind="offer"] .yiqia-kind-icon { background: #f6ffed; color: #389e0d; }
`;

const ICON: Record<ListingKind, React.ReactNode> = { need: <SolutionOutlined />, offer: <GiftOutlined /> };

/** 需求 / 资源 as two large radio cards that say what each means (keyboard: arrow keys, like any radio group). */
export function KindCards({ value, onChange, id }: { value?: ListingKind; onChange?: (kind: ListingKind) => void; id?: string }) {
  const { t } = useDiscoverT();
  return (
    <>
      <style href="yiqia-kind-cards" precedence="default">
        {CSS}
      </style>
      <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value as ListingKind)} className="yiqia-kind-cards" data-testid="field-kind">
        {LISTING_KINDS.map((kind) => (
          <Radio key={kind} value={kind} className="yiqia-kind-card" data-kind={kind} data-testid={`kind-${kind}`}>
            <Flex gap={14} align="flex-start">
              <span className="yiqia-kind-icon" aria-hidden>
                {ICON[kind]}
              </span>
              <Flex vertical gap={2}>
                <Typography.Text strong style={{ fontSize: 17 }}>
                  {t(`editor.kind.${kind}.title`)}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400, marginInlineStart: 8 }}>
                    {t(`editor.kind.${kind}.subtitle`)}
                  </Typography.Text>
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 13, lineHeight: 1.6 }}>
                  {t(`editor.kind.${kind}.description`)}
                </Typography.Text>
              </Flex>
            </Flex>
          </Radio>
        ))}
      </Radio.Group>
    </>
  );
}
