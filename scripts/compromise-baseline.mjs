// The benchmark's baseline: compromise's full tagger (people, organizations, places) over every
// release of a folder, in one process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const dir = process.argv[2];
let found = 0;
for (const name of readdirSync(dir).sort()) {
  const doc = nlp(readFileSync(join(dir, name), 'utf8'));
  found += doc.people().length + doc.organizations().length + doc.places().length;
}
process.stdout.write(`${found}\n`);
