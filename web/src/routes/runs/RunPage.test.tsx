import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { RunPage } from './RunPage';

describe('RunPage', () => {
  it('updates the status badge when runUpdated emits a new status', async () => {
    const pending = runNode('PENDING');
    const mock = createMockClient({ Run: { data: { node: pending } } });
    renderAt(`/runs/${pending.id}`, <RunPage runId={pending.id} />, mock);

    expect((await screen.findByTestId('run:status')).textContent).toBe('PENDING');
    expect(screen.getByTestId('run:live').textContent).toContain('live');

    act(() => mock.emit('RunUpdated', { runUpdated: runNode('RUNNING', { startedAt: '2026-11-22T10:00:05.000Z' }) }));
    expect(screen.getByTestId('run:status').textContent).toBe('RUNNING');

    act(() =>
      mock.emit('RunUpdated', {
        runUpdated: runNode('CANCELLED', {
          startedAt: '2026-11-22T10:00:05.000Z',
          finishedAt: '2026-11-22T10:00:09.000Z',
          error: 'cancelled by user',
        }),
      }),
    );
    expect(screen.getByTestId('run:status').textContent).toBe('CANCELLED');
    expect(screen.getByTestId('run:status').className).toContain('badge--neutral');
    expect(screen.getByTestId('run:error').textContent).toContain('cancelled by user');
    expect(screen.getByTestId('run:live').textContent).toBe('final');
    expect(screen.queryByTestId('run:cancel')).toBeNull();
  });

  it('subscribes to the run in the address', async () => {
    const run = runNode('RUNNING');
    const mock = createMockClient({ Run: { data: { node: run } } });
    renderAt(`/runs/${run.id}`, <RunPage runId={run.id} />, mock);

    await screen.findByTestId('run:status');
    const subscription = mock.operations.find((operation) => operation.kind === 'subscription');
    expect(subscription?.variables).toEqual({ id: run.id });
  });

  it('says so when the id names no run', async () => {
    const mock = createMockClient({ Run: { data: { node: null } } });
    renderAt('/runs/nope', <RunPage runId="nope" />, mock);

    expect((await screen.findByTestId('run:not-found')).textContent).toContain('nope');
  });
});
