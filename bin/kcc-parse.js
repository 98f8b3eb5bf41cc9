#!/usr/bin/env node
import { runProcess } from '../dist/cli/process.js';

await runProcess(process.argv.slice(2), { fromSnapshot: false });
