// Writes a copy of data/ with synthetic facilities added until there are <total> (lib/data/synthetic.ts).
// Usage: tsx scripts/synthetic-data.ts <new folder> <total>. Used by `npm run bench:scale`.
import path from 'node:path';
import process from 'node:process';

import { writeSyntheticData } from '../lib/data/synthetic';

const [to, total] = process.argv.slice(2);
if (to === undefined || !(Number(total) > 0)) {
  console.error('usage: tsx scripts/synthetic-data.ts <new folder> <total facilities>');
  process.exit(2);
}
const ids = writeSyntheticData(path.join(process.cwd(), 'data'), path.resolve(to), Number(total));
console.log(JSON.stringify(ids));
