import type { Formatter } from './formatter.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';

/** The `--format` choices; an explicit map, never a lookup by guessed file name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github };
