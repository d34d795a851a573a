import { openDatabase } from '../../db/database.ts';
const db = process.env.PGURL ? await openDatabase({ url: process.env.PGURL, migrate: true }) : await openDatabase({ migrate: true });
await db.prisma.$executeRawUnsafe('DELETE FROM trials'); await db.prisma.$executeRawUnsafe('DELETE FROM tuning_jobs'); await db.prisma.$executeRawUnsafe('DELETE FROM datasets');
const p = db.prisma;
const ds = await p.dataset.create({ data: { key: 'k', name: 'n', version: '1', selectionStrategy: 'LATEST', traceCount: 0, stats: {}, checksum: 'x'.repeat(64) } });
const job = await p.tuningJob.create({ data: { name: 'j', datasetId: ds.id, baseModel: 'm', executor: 'BUILTIN', metricName: 'evalLoss', metricMode: 'MIN', searchSpace: {} } });
const vals = [3, null, 1, 2, null, 1, 5, null, 2];
for (const [i, v] of vals.entries()) await p.trial.create({ data: { tuningJobId: job.id, number: i + 1, params: {}, metricValue: v } });
for (const dir of ['asc', 'desc'] as const) {
  const orderBy = [{ metricValue: { sort: dir, nulls: 'last' as const } }, { id: 'asc' as const }];
  const all = await p.trial.findMany({ where: { tuningJobId: job.id }, orderBy });
  const out: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await p.trial.findMany({ where: { tuningJobId: job.id }, orderBy, take: 2, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (!page.length) break;
    out.push(...page.map((t) => `${t.number}:${t.metricValue}`));
    cursor = page.at(-1)?.id;
    if (out.length > 20) break;
  }
  const back: string[] = []; let c2: string | undefined;
  for (;;) { const page = await p.trial.findMany({ where: { tuningJobId: job.id }, orderBy, take: -2, ...(c2 ? { cursor: { id: c2 }, skip: 1 } : {}) }); if (!page.length) break; back.unshift(...page.map((t) => `${t.number}:${t.metricValue}`)); c2 = page[0]?.id; if (back.length > 20) break; }
  console.log('  back', back.join(' '));
  console.log(dir, all.map((t) => `${t.number}:${t.metricValue}`).join(' '), '\n  paged', out.join(' '));
}
await db.close();
