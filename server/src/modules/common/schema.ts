// GraphQL pieces shared by every module: ordering helpers and the generic payload shapes.
import { builder } from '../../builder.ts';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction of a list. Ties are broken by id in the same direction, so pages are stable.',
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

/** `createdAt` then `id`, both in `direction`: the default, stable keyset order of every list. */
export const byCreated = (direction: 'asc' | 'desc' = 'desc') => [{ createdAt: direction }, { id: direction }];

/**
 * Prisma turns a cursor into `(createdAt = c AND id <= i) OR createdAt < c`, which PostgreSQL
 * cannot start an index scan from, so every page would read the index from the top. This adds the
 * plain range `createdAt <= c` (or `>=`, by direction) that lets the scan begin at the cursor; the
 * cursor's own condition still decides ties. Costs one primary-key lookup per page.
 */
export async function cursorTimeBound(
  query: { cursor?: { id?: string }; take?: number },
  direction: 'asc' | 'desc',
  createdAtOf: (id: string) => Promise<{ createdAt: Date } | null>,
): Promise<{ createdAt?: { lte: Date } | { gte: Date } }> {
  const id = query.cursor?.id;
  if (!id) return {};
  const row = await createdAtOf(id);
  if (!row) return {};
  const forward = (query.take ?? 1) > 0;
  return { createdAt: (direction === 'desc') === forward ? { lte: row.createdAt } : { gte: row.createdAt } };
}
