import { expect, type Locator, type Page } from '@playwright/test';

/** /my/booths/:id/stats — totals and the daily chart (ECharts). */
export class BoothStatsPage {
  readonly root: Locator;
  readonly totalViews: Locator;
  readonly totalVisitors: Locator;
  readonly chart: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('booth-stats');
    this.totalViews = page.getByTestId('stats-total-views').locator('.ant-statistic-content-value');
    this.totalVisitors = page.getByTestId('stats-total-visitors').locator('.ant-statistic-content-value');
    this.chart = page.getByTestId('stats-chart');
    this.empty = page.getByTestId('stats-empty');
  }

  async goto(boothId: string): Promise<void> {
    await this.page.goto(`/my/booths/${boothId}/stats`);
    await expect(this.root).toBeVisible();
  }

  /** The chart's canvas, once ECharts has drawn it (non-zero size). */
  async expectChartDrawn(): Promise<void> {
    const canvas = this.chart.locator('canvas').first();
    await expect(canvas).toBeVisible();
    const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
    expect(size.w).toBeGreaterThan(100);
    expect(size.h).toBeGreaterThan(100);
  }
}
