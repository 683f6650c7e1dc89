import type { RuleSource } from '../../rule.js';
import { defineRule } from '../../rule.js';

/** For every item whose id an earlier item already has: its index and the first holder's index. */
function repeatedIds(items: readonly { id?: string | undefined }[]): { index: number; first: number; id: string }[] {
  const firstIndex = new Map<string, number>();
  const repeats: { index: number; first: number; id: string }[] = [];
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else repeats.push({ index, first, id: item.id });
  });
  return repeats;
}

function lineOf(document: RuleSource, section: string, index: number): number {
  return document.locate([section, index, 'id']).line;
}

export default defineRule({
  id: 'goals/unique-ids',
  severity: 'error',
  description: {
    en: 'No two goals and no two target groups share an id.',
    de: 'Keine zwei Ziele und keine zwei Zielgruppen haben dieselbe ID.',
  },
  messages: {
    goal: {
      en: 'Goal id "{id}" is already used by the goal on line {line}; give each goal its own id (`smplan track` finds goals by id).',
      de: 'Die Ziel-ID „{id}“ hat schon das Ziel in Zeile {line}; geben Sie jedem Ziel eine eigene ID (`smplan track` findet Ziele über die ID).',
    },
    audience: {
      en: 'Audience id "{id}" is already used by the target group on line {line}; give each target group its own id.',
      de: 'Die Zielgruppen-ID „{id}“ hat schon die Zielgruppe in Zeile {line}; geben Sie jeder Zielgruppe eine eigene ID.',
    },
  },
  check({ strategy, document, report }) {
    for (const { index, first, id } of repeatedIds(strategy.goals ?? [])) {
      report('goal', ['goals', index, 'id'], { id, line: lineOf(document, 'goals', first) });
    }
    for (const { index, first, id } of repeatedIds(strategy.audiences ?? [])) {
      report('audience', ['audiences', index, 'id'], { id, line: lineOf(document, 'audiences', first) });
    }
  },
});
