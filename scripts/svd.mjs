#!/usr/bin/env node
// The `svd` command. Plain JavaScript so that an old Node can still print a
// clear message; the real work is TypeScript, run by Node's type stripping.
import module from 'node:module';
import './assert-node.mjs';

// Cache compiled modules between runs: `svd check` runs on every save.
// (A default import: Node 20 has no such export, and must reach the guard.)
module.enableCompileCache?.();

const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
