import type { Rule } from '../../rule.js';
import channels from './channels.js';
import needs from './needs.js';
import present from './present.js';
import tooBroad from './too-broad.js';

export default [present, tooBroad, channels, needs] as Rule[];
