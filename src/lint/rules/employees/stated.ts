import type { Strategy } from '../../../strategy/schema.js';

type Guideline = NonNullable<NonNullable<Strategy['employees']>['guidelines']>[number];

/**
 * The guidelines that state a rule. An entry with a topic and no rule text says
 * nothing to anyone, so employees/guidelines and employees/guideline-topics
 * both look only at these and never disagree about whether there are guidelines.
 */
export function statedGuidelines(strategy: Strategy): Guideline[] {
  return strategy.employees?.guidelines?.filter((guideline) => guideline.rule?.trim()) ?? [];
}
