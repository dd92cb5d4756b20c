import { Tag } from 'antd';
import { useLabels } from '../labels.js';

const ORG_TYPE_COLORS: Record<string, string> = {
  government: 'red',
  foundation: 'gold',
  company: 'blue',
  social_org: 'green',
  community: 'cyan',
  university: 'purple',
  other: 'default',
};

/** Organisation type (政府部门, 基金会, …) in the current language. */
export function OrgTypeTag({ type, 'data-testid': testId = 'org-type-tag' }: { type: string; 'data-testid'?: string }) {
  const { orgType } = useLabels();
  return (
    <Tag color={ORG_TYPE_COLORS[type] ?? 'default'} data-testid={testId} data-org-type={type}>
      {orgType(type)}
    </Tag>
  );
}

/** Service domain (社会救助, 儿童, …) in the current language. */
export function DomainTag({ code, 'data-testid': testId = 'domain-tag' }: { code: string; 'data-testid'?: string }) {
  const { domain } = useLabels();
  return (
    <Tag color="geekblue" variant="outlined" data-testid={testId} data-domain={code}>
      {domain(code)}
    </Tag>
  );
}

/** Resource type (资金, 物资, 志愿者, …) in the current language. */
export function ResourceTypeTag({ code, 'data-testid': testId = 'resource-type-tag' }: { code: string; 'data-testid'?: string }) {
  const { resourceType } = useLabels();
  return (
    <Tag color="orange" data-testid={testId} data-resource-type={code}>
      {resourceType(code)}
    </Tag>
  );
}
