import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from './graphql/endpoint';
import { matchPath, withSearchParams } from './router';
import { excerpt } from './text';

describe('matchPath', () => {
  it('matches static and parameter segments and decodes parameters', () => {
    expect(matchPath('/runs', '/runs/')).toEqual({});
    expect(matchPath('/runs/:id', '/runs/UnVuOjE%3D')).toEqual({ id: 'UnVuOjE=' });
    expect(matchPath('/runs/:id', '/runs')).toBeNull();
    expect(matchPath('/traces', '/runs')).toBeNull();
  });
});

describe('withSearchParams', () => {
  it('sets and removes parameters and keeps the others', () => {
    const location = { pathname: '/traces', searchParams: new URLSearchParams('source=a&trace=t1') };
    expect(withSearchParams(location, { trace: null })).toBe('/traces?source=a');
    expect(withSearchParams(location, { source: '', trace: null })).toBe('/traces');
    expect(withSearchParams(location, { source: 'b c' })).toBe('/traces?source=b+c&trace=t1');
  });
});

describe('resolveEndpoint', () => {
  it('defaults to same-origin /graphql, with ws:// or wss:// for subscriptions', () => {
    expect(resolveEndpoint(undefined, 'http://host:4310/runs/1')).toEqual({
      httpUrl: 'http://host:4310/graphql',
      wsUrl: 'ws://host:4310/graphql',
    });
    expect(resolveEndpoint('https://api.example/graphql', 'http://localhost:5173/')).toEqual({
      httpUrl: 'https://api.example/graphql',
      wsUrl: 'wss://api.example/graphql',
    });
  });
});

describe('excerpt', () => {
  it('keeps one line and cuts long text with an ellipsis', () => {
    expect(excerpt('a\n  b', 10)).toBe('a b');
    expect(excerpt('abcdefghij', 5)).toBe('abcd…');
  });
});
