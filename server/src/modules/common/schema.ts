// GraphQL pieces shared by every module: ordering helpers and the generic payload shapes.
import { builder } from '../../builder.ts';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction of a list. Ties are broken by id in the same direction, so pages are stable.',
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

/** `createdAt` then `id`, both in `direction`: the default, stable keyset order of every list. */
export const byCreated = (direction: 'asc' | 'desc' = 'desc') => [{ createdAt: direction }, { id: direction }];

export const DateTimeRange = builder.inputType('DateTimeRange', {
  description: 'Half-open time range [from, to), both optional.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime' }),
    to: t.field({ type: 'DateTime' }),
  }),
});
