import { describe, expect, it } from 'vitest';
import { formatShare, progressOf, rankEntries, scorecardView } from './evaluationData';

describe('rankEntries', () => {
  it('keeps the server order and gives equal scores one rank, the next score skipping past them', () => {
    const board = [
      { id: 'a', score: 90 },
      { id: 'b', score: 80 },
      { id: 'c', score: 80 },
      { id: 'd', score: 80 },
      { id: 'e', score: 70 },
      { id: 'f', score: null },
    ];
    expect(rankEntries(board).map((entry) => [entry.id, entry.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 2],
      ['e', 5],
      ['f', 6],
    ]);
  });

  it('ranks across loaded pages as one list (a tie split by a page boundary stays a tie)', () => {
    const firstPage = [
      { id: 'a', score: 50 },
      { id: 'b', score: 40 },
    ];
    const secondPage = [{ id: 'c', score: 40 }];
    expect(rankEntries([...firstPage, ...secondPage]).map((entry) => entry.rank)).toEqual([1, 2, 2]);
  });
});

describe('scorecardView', () => {
  it('lists the statistics and the tags weakest first, names breaking ties', () => {
    const view = scorecardView({
      nItems: 10_000,
      nScored: 9_998,
      nSkipped: 2,
      mean: 0.61234,
      stddev: null,
      min: 0,
      max: 1,
      byTag: [
        { tag: 'geometry', mean: 0.9 },
        { tag: 'arith', mean: 0.25 },
        { tag: 'algebra', mean: 0.25 },
      ],
    });
    expect(Object.fromEntries(view.stats.map((stat) => [stat.label, stat.value]))).toEqual({
      Items: '10,000',
      Scored: '9,998',
      Skipped: '2',
      Mean: '0.61234',
      'Std dev': '—',
      Min: '0',
      Max: '1',
    });
    expect(view.tags.map((tag) => [tag.tag, tag.mean])).toEqual([
      ['algebra', '0.25'],
      ['arith', '0.25'],
      ['geometry', '0.9'],
    ]);
  });
});

describe('progressOf', () => {
  it('says what is happening before the set is read, then counts items', () => {
    expect(progressOf({ status: 'PENDING', itemsDone: 0, itemsTotal: 0 }).text).toBe('Waiting for a worker…');
    expect(progressOf({ status: 'RUNNING', itemsDone: 0, itemsTotal: 0 }).text).toBe('Reading the evaluation set…');
    expect(progressOf({ status: 'RUNNING', itemsDone: 3, itemsTotal: 1200 })).toEqual({
      done: 3,
      total: 1200,
      text: '3 of 1,200 items',
    });
  });
});

describe('formatShare', () => {
  it('shows a 0–1 score as a percentage and a missing one as a dash', () => {
    expect(formatShare(0.875)).toBe('87.5 %');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(null)).toBe('—');
  });
});
