#!/usr/bin/env node
// Node 22+ caches compiled code between runs; on Node 20 the call does not exist and nothing happens.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/cli.js');
