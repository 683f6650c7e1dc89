import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'employees/involvement',
  severity: 'warn',
  description: {
    en: 'The strategy says how all employees take part.',
    de: 'Die Strategie sagt, wie alle Mitarbeitenden mitwirken.',
  },
  messages: {
    missing: {
      en: 'Nothing says how employees take part; add "employees.involvement" (e.g. "everyone may share posts; ideas go to Anna").',
      de: 'Nichts sagt, wie Mitarbeitende mitwirken; ergänzen Sie „employees.involvement“ (z. B. „Alle dürfen Beiträge teilen; Ideen gehen an Anna“).',
    },
  },
  check({ strategy, report }) {
    if (!strategy.employees?.involvement?.trim()) report('missing', ['employees', 'involvement']);
  },
});
