import { Card, Flex, Skeleton } from 'antd';

/** Placeholders of the size of result cards, so the page does not jump when results arrive. */
export function ResultSkeleton({ count = 5 }: { count?: number }) {
  return (
    <Flex vertical gap={12} data-testid="search-skeleton" aria-hidden>
      {Array.from({ length: count }, (_, i) => (
        <Card key={i} styles={{ body: { padding: '16px 20px' } }}>
          <Skeleton active title={{ width: '55%' }} paragraph={{ rows: 3, width: ['100%', '90%', '45%'] }} />
        </Card>
      ))}
    </Flex>
  );
}

/** The facet panel before the first results: section titles and a few rows. */
export function FacetSkeleton() {
  return (
    <Flex vertical gap={20} style={{ paddingBottom: 16 }} data-testid="facet-skeleton" aria-hidden>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} active title={{ width: '40%' }} paragraph={{ rows: 3, width: ['80%', '65%', '72%'] }} />
      ))}
    </Flex>
  );
}
