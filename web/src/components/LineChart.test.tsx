import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { niceTicks } from './chartScale';
import { CHART_MARGIN, LineChart } from './LineChart';

// 200 × 100 with the margins leaves a plot from x 60 to 184 and from y 12 (top) to 60 (bottom).
const size = { width: 200, height: 100 };
const plot = {
  left: CHART_MARGIN.left,
  right: 200 - CHART_MARGIN.right,
  top: CHART_MARGIN.top,
  bottom: 100 - CHART_MARGIN.bottom,
};

const pathOf = (name: string) =>
  screen
    .getAllByTestId('chart:series')
    .find((series) => series.dataset.series === name)
    ?.querySelector('path')
    ?.getAttribute('d');

describe('LineChart', () => {
  it('draws one path per series through its points, scaled to nice tick bounds', () => {
    render(
      <LineChart
        {...size}
        series={[
          // Out of order on purpose: the line runs by x.
          {
            name: 'trainLoss',
            points: [
              { x: 10, y: 0 },
              { x: 0, y: 10 },
              { x: 5, y: 5 },
            ],
          },
          {
            name: 'evalLoss',
            points: [
              { x: 0, y: 5 },
              { x: 10, y: 5 },
            ],
          },
        ]}
        data-testid="chart"
      />,
    );

    // x ticks 0…10 and y ticks 0…10: the extremes land on the plot's edges.
    const midX = (plot.left + plot.right) / 2;
    const midY = (plot.top + plot.bottom) / 2;
    expect(pathOf('trainLoss')).toBe(`M${plot.left},${plot.top} L${midX},${midY} L${plot.right},${plot.bottom}`);
    expect(pathOf('evalLoss')).toBe(`M${plot.left},${midY} L${plot.right},${midY}`);

    const yTicks = within(screen.getByTestId('chart:y-ticks'))
      .getAllByText(/./)
      .map((tick) => tick.textContent);
    expect(yTicks).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(screen.getAllByTestId('chart:legend-item').map((item) => item.textContent)).toEqual(['trainLoss', 'evalLoss']);
    expect(screen.queryByTestId('chart:empty')).toBeNull();
  });

  it('shows the empty state when no series has a point, and keeps the legend', () => {
    render(<LineChart {...size} series={[{ name: 'evalLoss', points: [] }]} emptyText="Nothing yet" data-testid="chart" />);

    expect(screen.getByTestId('chart:empty').textContent).toBe('Nothing yet');
    expect(screen.getByTestId('chart').querySelector('svg')).toBeNull();
    expect(screen.getAllByTestId('chart:legend-item')).toHaveLength(1);
  });

  it('shows the empty state with no series at all', () => {
    render(<LineChart {...size} series={[]} />);
    expect(screen.getByTestId('chart:empty').textContent).toBe('No points yet.');
  });

  it('marks a lone point, since it draws no line', () => {
    render(<LineChart {...size} series={[{ name: 'evalLoss', points: [{ x: 3, y: 1.5 }] }]} />);
    const series = screen.getByTestId('chart:series');
    expect(series.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+$/);
    expect(series.querySelector('circle')).not.toBeNull();
  });

  it('leaves hidden series out of the plot and the scale, and toggles them from the legend', () => {
    const onToggle = vi.fn();
    render(
      <LineChart
        {...size}
        series={[
          {
            name: 'loss',
            points: [
              { x: 0, y: 2 },
              { x: 1, y: 1 },
            ],
          },
          {
            name: 'accuracy',
            points: [
              { x: 0, y: 100 },
              { x: 1, y: 200 },
            ],
          },
        ]}
        hiddenSeries={['accuracy']}
        onToggleSeries={onToggle}
      />,
    );

    expect(screen.getAllByTestId('chart:series').map((series) => series.dataset.series)).toEqual(['loss']);
    expect(within(screen.getByTestId('chart:y-ticks')).queryByText('200')).toBeNull();
    const accuracy = screen.getByRole('button', { name: 'accuracy' });
    expect(accuracy.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(accuracy);
    expect(onToggle).toHaveBeenCalledWith('accuracy');
  });
});

describe('niceTicks', () => {
  it('covers the extent with round steps', () => {
    expect(niceTicks({ min: 1.77, max: 3.5 }, 5)).toEqual([1.5, 2, 2.5, 3, 3.5]);
    expect(niceTicks({ min: 0, max: 226 }, 6, true)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks({ min: 0.1, max: 0.3 }, 2)).toEqual([0.1, 0.2, 0.3]);
  });
});
