import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, barDomain } from './BarChart';

describe('BarChart', () => {
  it('draws a bar per value, keeps the place of a missing one, and highlights the best', () => {
    render(
      <BarChart
        width={300}
        height={150}
        bars={[
          { label: '#1', value: 3.36 },
          { label: '#2', value: null },
          { label: '#3', value: 2.79, highlight: true },
        ]}
      />,
    );
    const bars = screen.getAllByTestId('chart:bar');
    expect(bars.map((bar) => bar.dataset.label)).toEqual(['#1', '#2', '#3']);
    expect(bars[1]?.querySelector('rect')).toBeNull();
    const [first, , best] = bars.map((bar) => bar.querySelector('rect'));
    expect(Number(first?.getAttribute('height'))).toBeGreaterThan(Number(best?.getAttribute('height')));
    expect(best?.getAttribute('opacity')).toBe('1');
    expect(within(bars[2] as HTMLElement).getByText('2.79')).toBeTruthy();
  });

  it('zooms in on values that differ by little, and starts at 0 when they spread', () => {
    expect(barDomain([0.318, 0.326])).toMatchObject({ zoomed: true });
    expect(barDomain([0.318, 0.326])?.min).toBeGreaterThan(0.3);
    expect(barDomain([0.1, 3.3])).toMatchObject({ min: 0, zoomed: false });
    expect(barDomain([-1, 2])).toMatchObject({ zoomed: false });
    expect(barDomain([])).toBeNull();
  });

  it('shows the empty state without values', () => {
    render(<BarChart bars={[{ label: '#1', value: null }]} emptyText="No trial has reported yet." />);
    expect(screen.getByTestId('chart:empty').textContent).toBe('No trial has reported yet.');
  });
});
