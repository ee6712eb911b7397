#!/usr/bin/env node
// The `svd` command. Plain JavaScript so that an old Node can still print a
// clear message; the real work is TypeScript, run by Node's type stripping.
import './assert-node.mjs';

const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
