import { defineRule } from '../../rule.js';
import { personProblem } from './person.js';

export default defineRule({
  id: 'team/owner',
  severity: 'error',
  description: {
    en: 'One person is named as owner of social media.',
    de: 'Eine Person ist als Verantwortliche für Social Media benannt.',
  },
  messages: {
    missing: {
      en: 'Nobody is named as owner of social media; add "team.owner" with the name of the one person who takes care of it.',
      de: 'Niemand ist für Social Media verantwortlich; ergänzen Sie die verantwortliche Person (team.owner) mit dem Namen der einen Person, die sich darum kümmert.',
    },
    'no-name': {
      en: 'team.owner has no name; write the name of the person who takes care of social media.',
      de: 'Die verantwortliche Person (team.owner) hat keinen Namen; schreiben Sie den Namen der Person, die sich um Social Media kümmert.',
    },
    'not-a-person': {
      en: 'team.owner is "{name}", which is not a person; name one person who is responsible (what everyone owns, nobody does).',
      de: 'Als verantwortliche Person (team.owner) steht „{name}“, das ist keine Person; nennen Sie eine verantwortliche Person (wofür alle zuständig sind, dafür ist niemand zuständig).',
    },
  },
  check({ strategy, report }) {
    const problem = personProblem(strategy.team?.owner);
    if (!problem) return;
    if (problem.kind === 'missing') report('missing', ['team', 'owner']);
    else if (problem.kind === 'no-name') report('no-name', ['team', 'owner', 'name']);
    else report('not-a-person', ['team', 'owner', 'name'], { name: problem.name });
  },
});
