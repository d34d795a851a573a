import { describe, expect, it } from 'vitest';
import { readTableState, tableSearchParams, toggleSort, toQuery } from './runsTableState';

describe('runs table state in the address', () => {
  it('reads columns, sort, tags and ranges (keys with dots and colons) and writes them back the same', () => {
    const search = new URLSearchParams(
      'metrics=evalLoss,trainLoss&params=params.lr&sort=param:params.lr&dir=ASC&tags=best,sweep&ranges=metric:evalLoss::0.5;param:params.lr:0.01:&selected=a,b',
    );
    const state = readTableState(search);
    expect(state).toMatchObject({
      metrics: ['evalLoss', 'trainLoss'],
      params: ['params.lr'],
      sort: { by: 'param', key: 'params.lr' },
      direction: 'ASC',
      tags: ['best', 'sweep'],
      ranges: [
        { kind: 'metric', key: 'evalLoss', min: null, max: 0.5 },
        { kind: 'param', key: 'params.lr', min: 0.01, max: null },
      ],
      selected: ['a', 'b'],
    });
    const written = tableSearchParams(state);
    expect(
      readTableState(
        new URLSearchParams(Object.entries(written).filter((entry): entry is [string, string] => entry[1] !== null)),
      ),
    ).toEqual(state);
    expect(toQuery(state)).toEqual({
      filter: {
        tags: ['best', 'sweep'],
        metrics: [{ key: 'evalLoss', min: null, max: 0.5 }],
        params: [{ key: 'params.lr', min: 0.01, max: null }],
      },
      orderBy: { by: 'PARAM', key: 'params.lr', direction: 'ASC' },
    });
  });

  it('ignores what it cannot read, and sorts a new column largest first, then flips', () => {
    const state = readTableState(new URLSearchParams('sort=bogus:x&dir=sideways&ranges=metric:evalLoss;other:a:1:2&status=NOPE'));
    expect(state).toMatchObject({ sort: { by: 'created' }, direction: 'DESC', ranges: [], status: null });
    expect(toQuery(state)).toEqual({ filter: null, orderBy: { by: 'CREATED_AT', direction: 'DESC' } });
    const byLoss = toggleSort(state, { by: 'metric', key: 'evalLoss' });
    expect(byLoss).toEqual({ sort: { by: 'metric', key: 'evalLoss' }, direction: 'DESC' });
    expect(toggleSort({ ...state, ...byLoss }, { by: 'metric', key: 'evalLoss' }).direction).toBe('ASC');
  });
});
