import json from './json.js';
import markdown from './markdown.js';
import text from './text.js';
import type { DiffView } from './view.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_VIEWS: Record<DiffFormat, DiffView> = { text, markdown, json };
