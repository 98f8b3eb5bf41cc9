// Preloaded with --import by the benchmark: reports the process's peak RSS (KiB) on exit.
import { writeFileSync } from 'node:fs';

const target = process.env.KCC_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
