import { defineRule } from '../../rule.js';
import { statedGuidelines } from './stated.js';

export default defineRule({
  id: 'employees/guidelines',
  severity: 'error',
  description: {
    en: 'The strategy has social media guidelines for all employees.',
    de: 'Die Strategie hat Social-Media-Richtlinien für alle Mitarbeitenden.',
  },
  messages: {
    missing: {
      en: 'There are no guidelines for employees; add "employees.guidelines", each with a topic and a rule (start with disclosure, confidentiality and spokespeople).',
      de: 'Es gibt keine Richtlinien für Mitarbeitende; ergänzen Sie „employees.guidelines“, jede mit Thema und Regel (beginnen Sie mit disclosure, confidentiality und spokespeople).',
    },
    'no-rule': {
      en: 'None of the guidelines states a rule; write each one as one or two sentences under "rule:".',
      de: 'Keine der Richtlinien formuliert eine Regel; schreiben Sie jede in ein, zwei Sätzen unter „rule:“.',
    },
  },
  check({ strategy, report }) {
    if (statedGuidelines(strategy).length > 0) return;
    if (strategy.employees?.guidelines?.length) report('no-rule', ['employees', 'guidelines']);
    else report('missing', ['employees', 'guidelines']);
  },
});
