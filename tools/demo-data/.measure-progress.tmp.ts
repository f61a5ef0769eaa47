import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ProgressRepository } from '../../libs/server/campaigns/src/progress/progress.repository';
async function main() {
  const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await ds.initialize();
  const repo = new ProgressRepository(ds);
  const [{ id: campaign }] = await ds.query(`SELECT id FROM campaigns WHERE code = 'HT-TW7-XII'`);
  const [{ id: root }] = await ds.query(`SELECT id FROM organisations WHERE parent_id IS NULL`);
  const [{ id: bct }] = await ds.query(`SELECT id FROM organisations WHERE code = 'DUK.BCT'`);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  for (const [label, org] of [['root', root], ['DUK.BCT', bct], ['root', root]]) {
    const t = Date.now();
    const rows = await repo.progress(org, [campaign], today, true);
    const self = rows.find((r) => r.isSelf)!;
    console.log(label, `${Date.now() - t} ms`, rows.length - 1, 'children', JSON.stringify(self));
  }
  let t = Date.now();
  const ob = await repo.obligations(bct);
  await repo.progress(bct, ob.map((o: { campaignId: string }) => o.campaignId), today, false);
  console.log('obligations DUK.BCT', `${Date.now() - t} ms`, ob.length);
  t = Date.now();
  const rm = await repo.requiredMembers({ campaignId: campaign, path: `/${root}/`, onDate: undefined, today, limit: 21, exempt: true });
  console.log('required members page (exempt)', `${Date.now() - t} ms`, rm.length, JSON.stringify(rm[0]));
  await ds.destroy();
}
main();
