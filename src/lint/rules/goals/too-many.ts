import { defineRule } from '../../rule.js';

/** More goals than this split a small team's attention. */
const MAX_GOALS = 5;

export default defineRule({
  id: 'goals/too-many',
  severity: 'warn',
  description: {
    en: `The strategy has at most ${MAX_GOALS} goals.`,
    de: `Die Strategie hat höchstens ${MAX_GOALS} Ziele.`,
  },
  messages: {
    'too-many': {
      en: 'The strategy has {count} goals; focus on at most {max}: drop or merge goal "{goal}" and the ones after it.',
      de: 'Die Strategie hat {count} Ziele; konzentrieren Sie sich auf höchstens {max}: streichen Sie Ziel „{goal}“ und die folgenden oder fassen Sie sie zusammen.',
    },
  },
  check({ strategy, report }) {
    const goals = strategy.goals ?? [];
    const first = goals[MAX_GOALS];
    if (first) report('too-many', ['goals', MAX_GOALS], { count: goals.length, max: MAX_GOALS, goal: first.id });
  },
});
