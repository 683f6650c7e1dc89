import { defineRule } from '../../rule.js';
import { personProblem } from './person.js';

export default defineRule({
  id: 'team/executive-sponsor',
  severity: 'error',
  description: {
    en: 'An executive sponsor is named: social media needs backing from the top.',
    de: 'Eine Person aus der Leitung steht hinter der Strategie: Social Media ist Chefsache.',
  },
  messages: {
    missing: {
      en: 'No executive sponsor: social media needs one person at the top who backs it; add "team.executive_sponsor" with that person.',
      de: 'Niemand aus der Leitung steht dahinter: Social Media ist Chefsache; ergänzen Sie die Rückendeckung der Leitung (team.executive_sponsor) mit der Führungskraft, die die Strategie trägt.',
    },
    'no-name': {
      en: 'team.executive_sponsor has no name; write the name of the executive who backs the strategy.',
      de: 'Die Rückendeckung der Leitung (team.executive_sponsor) hat keinen Namen; schreiben Sie den Namen der Führungskraft, die die Strategie trägt.',
    },
    'not-a-person': {
      en: 'team.executive_sponsor is "{name}", which is not a person; name the one executive who backs the strategy.',
      de: 'Als Rückendeckung der Leitung (team.executive_sponsor) steht „{name}“, das ist keine Person; nennen Sie die eine Führungskraft, die die Strategie trägt.',
    },
  },
  check({ strategy, report }) {
    const problem = personProblem(strategy.team?.executive_sponsor);
    if (!problem) return;
    if (problem.kind === 'missing') report('missing', ['team', 'executive_sponsor']);
    else if (problem.kind === 'no-name') report('no-name', ['team', 'executive_sponsor', 'name']);
    else report('not-a-person', ['team', 'executive_sponsor', 'name'], { name: problem.name });
  },
});
