// Connections (Relay lists) of every module: the page-size rule, the stable keyset order and the
// one helper that builds a root list ordered by creation time.
import type { InputFieldMap, InputShapeFromFields } from '@pothos/core';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import type { Context } from '../../deps.ts';
import { DomainError } from '../../errors.ts';
import type PrismaTypes from '../../generated/pothos-types.ts';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction of a list. Ties are broken by id in the same direction, so pages are stable.',
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});
type Direction = 'asc' | 'desc';

/** Page sizes over the cap are refused, never silently cut: a client must know it got less. */
function checkPageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new DomainError('BAD_USER_INPUT', `${name} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, {
        fieldErrors: [{ path: name, message: `must be between 0 and ${MAX_PAGE_SIZE}` }],
      });
    }
  }
  return MAX_PAGE_SIZE;
}

/**
 * The page options of every connection field (spread them into each `prismaConnection` and
 * `relatedConnection`): Pothos calls a `maxSize` function with the field's arguments, which lets
 * an oversized page be an error instead of a shorter page.
 */
export const pageSize = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: checkPageSize };

/** `createdAt` then `id`, both in `direction`: the default, stable keyset order of every list. */
export const byCreated = (direction: Direction = 'desc') => [{ createdAt: direction }, { id: direction }];

/** The cursor of a root list: the edge's createdAt and id (the unique keyset of every created-ordered table). */
type CreatedCursor = { createdAt_id: { createdAt: Date; id: string } };
type PageQuery = { cursor?: CreatedCursor; take?: number; skip?: number };

/**
 * The rows after (or, paging backwards, before) the cursor, as plain conditions of the page query:
 * the cursor carries createdAt, so no statement looks it up, and the range `createdAt <= c` (or
 * `>=`) lets PostgreSQL start the index scan at the cursor however deep the page is. Prisma's own
 * cursor would be `(createdAt = c AND id <= i) OR createdAt < c`, which it cannot start a scan from.
 */
function afterCursor(cursor: CreatedCursor['createdAt_id'], direction: Direction, forward: boolean) {
  const older = (direction === 'desc') === forward;
  const { createdAt, id } = cursor;
  return older
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { id: { lt: id } }] }
    : { createdAt: { gte: createdAt }, OR: [{ createdAt: { gt: createdAt } }, { id: { gt: id } }] };
}

/** The models listed at the root by creation time, and the part of a Prisma table this reads. */
type CreatedModel = 'Trace' | 'Dataset' | 'Run' | 'TuningJob' | 'RegressionBaseline';
interface CreatedTable<Model extends PrismaTypes[CreatedModel]> {
  findMany(
    args: Omit<PageQuery, 'cursor'> & { where: { AND: [Model['Where'], object] }; orderBy: ReturnType<typeof byCreated> },
  ): Promise<Model['Shape'][]>;
  count(args: { where: Model['Where'] }): Promise<number>;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * A root connection (`traces`, `runs`...) of `type`, newest first unless `direction` says
 * otherwise: keyset pages on `createdAt, id` that stay flat however deep (see afterCursor),
 * the shared page sizes, and a `totalCount` of the same filter. Names its types `<type>Connection`
 * and `<type>Edge`.
 */
export function createdConnection<Type extends CreatedModel, Args extends InputFieldMap>(
  t: PothosSchemaTypes.QueryFieldBuilder<Types, Types['Root']>,
  type: Type,
  options: {
    description: string;
    args: Args;
    table: (ctx: Context) => CreatedTable<PrismaTypes[Type]>;
    where: (args: InputShapeFromFields<Args>) => PrismaTypes[Type]['Where'];
    direction?: (args: InputShapeFromFields<Args>) => Direction;
    /** Another order for some arguments (e.g. by a value): the page it returns, or undefined for creation order. */
    orderedPage?: (
      query: Omit<PageQuery, 'cursor'> & { cursor?: { id: string } },
      args: InputShapeFromFields<Args>,
      ctx: Context,
    ) => Promise<PrismaTypes[Type]['Shape'][]> | undefined;
  },
) {
  const { table, where, direction = () => 'desc', orderedPage } = options;
  const resolve = (query: PageQuery, _root: unknown, args: InputShapeFromFields<Args>, ctx: Context) => {
    // An order of its own pages by id alone (its cursor's createdAt is not its keyset).
    const ordered = orderedPage?.({ ...query, cursor: query.cursor && { id: query.cursor.createdAt_id.id } }, args, ctx);
    if (ordered) return ordered;
    const order = direction(args);
    const { cursor, skip, ...page } = query;
    // The cursor row itself is excluded by afterCursor, so Prisma's skip of it goes too.
    const bound = cursor ? afterCursor(cursor.createdAt_id, order, (query.take ?? 1) > 0) : {};
    return table(ctx).findMany({
      ...page,
      ...(cursor ? {} : { skip }),
      where: { AND: [where(args), bound] },
      orderBy: byCreated(order),
    });
  };
  const totalCount = (_root: unknown, args: InputShapeFromFields<Args>, ctx: Context) => table(ctx).count({ where: where(args) });
  // Pothos cannot resolve its option types for a generic model, so they are checked here instead.
  const fieldOptions = {
    type,
    cursor: 'createdAt_id',
    ...pageSize,
    description: options.description,
    args: options.args,
    resolve,
    totalCount,
  };
  return t.prismaConnection(fieldOptions as never, { name: `${type}Connection` }, { name: `${type}Edge` });
}
