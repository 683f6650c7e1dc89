import html from './html.js';
import json from './json.js';
import markdown from './markdown.js';
import text from './text.js';
import type { ReportView } from './view.js';

export type ReportFormat = 'text' | 'markdown' | 'html' | 'json';

/** The `--format` choices; an explicit map, never a lookup by guessed file name. */
export const VIEWS: Readonly<Record<ReportFormat, ReportView>> = { text, markdown, html, json };
