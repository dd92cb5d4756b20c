import { funnelOption, needsOffersOption, provinceMapOption } from './live-charts.js';

describe('chart options', () => {
  it('keeps the funnel stages in the order given', () => {
    const option = funnelOption([
      { label: '浏览', value: 100 },
      { label: '联系', value: 40 },
      { label: '洽谈', value: 50 },
      { label: '签约', value: 3 },
    ]) as { series: { sort: string; data: { name: string; value: number }[] }[] };
    expect(option.series[0].sort).toBe('none');
    expect(option.series[0].data.map((d) => d.name)).toEqual(['浏览', '联系', '洽谈', '签约']);
  });

  it('puts needs and offers side by side per category', () => {
    const option = needsOffersOption([{ label: '养老服务', needs: 3, offers: 5 }], { needs: '需求', offers: '资源' }) as {
      xAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['养老服务']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['需求', [3]],
      ['资源', [5]],
    ]);
  });

  it('colours the map up to the busiest province and explains each one', () => {
    const option = provinceMapOption('china', [{ name: '四川', value: 52, needs: 40, offers: 12, label: '四川省' }], { 四川: '四川省：需求 40，资源 12' }) as {
      visualMap: { max: number };
      tooltip: { formatter: (p: { name: string }) => string };
    };
    expect(option.visualMap.max).toBe(52);
    expect(option.tooltip.formatter({ name: '四川' })).toBe('四川省：需求 40，资源 12');
    expect(option.tooltip.formatter({ name: '西藏' })).toBe('西藏');
  });
});
