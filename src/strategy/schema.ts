/**
 * Format v1 of the strategy file, the one source of truth: the types, `check`'s
 * schema findings, the shipped JSON Schema and the interview's answer validation
 * are all derived from the schemas below.
 *
 * Every section may be missing in a draft (that is a lint finding, not a schema
 * error), and every object is loose: unknown keys pass through so that a rewrite
 * never drops them and `strategy/unknown-key` can point at them.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar.js';

// zod/mini rather than zod: the same validation and JSON Schema, but its schemas
// carry no methods, which makes building them at every start several times cheaper.
// And no JIT: zod compiles a fast path with `new Function` on the first parse of each
// object schema; a CLI validates a few files per process, where that costs more than it
// saves (measured: first parse 15 ms with it, 3 ms without, and no slower over 10,000 files).
z.config({ jitless: true });

/** Attaches a description (shown by editors on hover) to a schema of its own. */
function described<T extends z.ZodMiniType>(schema: T, description: string, extra: Record<string, unknown> = {}): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description, ...extra });
  return schema;
}

/** An optional key, described. */
function optional<T extends z.ZodMiniType>(schema: T, description: string): z.ZodMiniOptional<T> {
  return described(z.optional(schema), description);
}

export const FORMAT_VERSION = 1;

/*
 * Our own checks carry a problem code as their zod message, so a `schema`
 * finding can be told in either language instead of echoing zod's English.
 */

// The date check lives in a module without zod, so that `today()` (loaded by every command) does not load zod.
export { isCalendarDate } from './calendar.js';

/** A new date schema at each use, since a description is attached to the schema itself. */
export const isoDate = (description = 'A calendar date, YYYY-MM-DD.') =>
  described(z.string().check(z.refine(isCalendarDate, { error: 'not-a-date' })), description, { format: 'date' });

export const slug = (description = 'Lower-case letters, digits and hyphens, starting with a letter or digit.') =>
  described(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'not-a-slug' })), description);

const text = z.string();
const texts = z.array(z.string());
const amount = z.number().check(z.minimum(0));

export const companySizes = ['micro', 'small', 'medium', 'large'] as const;
export const languages = ['de', 'en'] as const;
export const statuses = ['draft', 'approved', 'active', 'retired'] as const;
export const goalTypes = [
  'awareness',
  'engagement',
  'traffic',
  'leads',
  'sales',
  'care',
  'recruiting',
  'community',
] as const;
export const budgetPeriods = ['week', 'month', 'quarter', 'year'] as const;
export const ratePeriods = ['day', ...budgetPeriods] as const;
export const directions = ['increase', 'decrease'] as const;
export const reportingCadences = ['weekly', 'monthly', 'quarterly'] as const;
export const guidelineTopics = [
  'disclosure',
  'confidentiality',
  'spokespeople',
  'respect',
  'privacy',
  'legal',
  'mistakes',
  'private-use',
  'other',
] as const;
export const scenarioTypes = [
  'negative-review',
  'complaint',
  'troll',
  'misinformation',
  'shitstorm',
  'legal-threat',
  'other',
] as const;

export const companySchema = z.looseObject({
  // A check, not a trim: the JSON Schema can say "not blank" too, and the name stays as written.
  name: described(z.string().check(z.regex(/\S/, { error: 'empty' })), 'The company or organisation the strategy is for.'),
  size: optional(z.enum(companySizes), 'micro (<10 people), small (<50), medium (<250) or large.'),
  industry: optional(text, 'The industry, in the strategy language.'),
  country: optional(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'not-a-country' })), 'ISO 3166-1 alpha-2 country code, e.g. DE.'),
  currency: optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'not-a-currency' })), 'ISO 4217 currency of every money amount; EUR when absent.'),
});

export const kpiSchema = z.looseObject({
  metric: optional(text, 'What is counted, e.g. "Instagram followers from Leipzig".'),
  source: optional(text, 'Where the metric is measured, e.g. "Instagram Insights".'),
  unit: optional(text, 'The unit of the metric, e.g. "followers" or "leads".'),
  baseline: optional(z.number(), 'The value on the start day of the strategy.'),
  target: optional(z.number(), 'The value to reach by the deadline.'),
  deadline: optional(isoDate(), 'The day by which the target is reached.'),
  per: optional(z.enum(ratePeriods), 'Only for a rate ("orders per month"): the period the metric counts over. Its value then accrues over time (see ROI).'),
  direction: optional(z.enum(directions), 'increase or decrease; by default decrease when the target is below the baseline, else increase.'),
});

export const measurementSchema = z.looseObject({
  date: isoDate('The day the value was measured.'),
  value: described(z.number(), 'The measured value of the KPI metric.'),
  note: optional(text, 'What happened, in a few words.'),
});

export const goalSchema = z.looseObject({
  id: slug('Unique id of the goal; `smplan track` refers to it.'),
  objective: optional(text, 'What the goal is, in one sentence.'),
  type: optional(z.enum(goalTypes), 'The kind of goal.'),
  business_outcome: optional(text, 'What reaching the goal means for the business.'),
  channels: optional(texts, 'Channels the goal is pursued on, e.g. instagram.'),
  kpi: optional(kpiSchema, 'How the goal is measured.'),
  value_per_unit: optional(amount, 'For ROI. A count at a moment (no kpi.per): money one unit of improvement is worth over the whole period. A rate (kpi.per set): money one single unit brings, e.g. the margin of one order.'),
  measurements: optional(z.array(measurementSchema), 'Measured values, appended by `smplan track`.'),
});

export const audienceSchema = z.looseObject({
  id: optional(slug(), 'Optional unique id of the target group.'),
  name: optional(text, 'Who the target group is.'),
  description: optional(text, 'More about the group: situation, habits.'),
  needs: optional(texts, 'Needs and pain points the content answers.'),
  channels: optional(texts, 'Channels where the group is reached.'),
  location: optional(text, 'Where the group lives or works.'),
  age: optional(z.union([z.string(), z.number()]), 'Age or age range, e.g. 25-65.'),
});

export const personSchema = z.looseObject({
  name: optional(text, "The person's name."),
  role: optional(text, "The person's role in the company."),
});

export const budgetSchema = z.looseObject({
  amount: optional(amount, 'Money spent per period (ads, tools, content).'),
  period: optional(z.enum(budgetPeriods), 'The period the amount is for.'),
});

export const reportingSchema = z.looseObject({
  cadence: optional(z.enum(reportingCadences), 'How often results are reported.'),
  to: optional(text, 'Who receives the report.'),
});

export const teamSchema = z.looseObject({
  owner: optional(personSchema, 'The person who takes care of social media.'),
  deputy: optional(personSchema, 'Who stands in for the owner.'),
  executive_sponsor: optional(personSchema, 'The executive who backs the strategy: social media needs backing from the top.'),
  hours_per_week: optional(amount, 'Working hours per week for social media.'),
  hourly_rate: optional(amount, 'Staff cost per hour, for ROI.'),
  budget: optional(budgetSchema, 'The money budget.'),
  coordination: optional(text, 'How the people involved coordinate.'),
  approval: optional(text, 'Who approves what before it is posted.'),
  reporting: optional(reportingSchema, 'How results are reported.'),
});

export const guidelineSchema = z.looseObject({
  topic: optional(z.enum(guidelineTopics), 'What the guideline is about.'),
  rule: optional(text, 'The guideline itself, in one or two sentences.'),
});

export const employeesSchema = z.looseObject({
  involvement: optional(text, 'How all employees take part.'),
  spokespeople: optional(texts, 'Who may speak for the company.'),
  training: optional(text, 'How employees learn the guidelines.'),
  guidelines: optional(z.array(guidelineSchema), 'Social media guidelines that apply to everyone.'),
});

export const escalationLevelSchema = z.looseObject({
  level: optional(z.int().check(z.minimum(1)), 'Escalation level, 1 first.'),
  trigger: optional(text, 'What raises criticism to this level.'),
  who: optional(text, 'The person who acts at this level.'),
  within_hours: optional(amount, 'Hours within which that person acts.'),
});

export const scenarioSchema = z.looseObject({
  type: optional(z.enum(scenarioTypes), 'The kind of criticism.'),
  response: optional(text, 'How the company responds, decided in advance.'),
});

export const criticismSchema = z.looseObject({
  monitoring: optional(text, 'Who watches comments, reviews and mentions, and how often.'),
  response_time_hours: optional(amount, 'Hours within which public criticism is answered.'),
  deletion_policy: optional(text, 'What is deleted or hidden, and what never is.'),
  escalation: optional(z.array(escalationLevelSchema), 'Escalation levels.'),
  scenarios: optional(z.array(scenarioSchema), 'Responses to typical kinds of criticism.'),
});

export const strategySchema = described(
  z.looseObject({
    smplan: described(
      z.unknown().check(z.refine((version) => version === FORMAT_VERSION, { error: 'unsupported-version' })),
      'Format version of the strategy file.',
      { type: 'integer', const: FORMAT_VERSION },
    ),
    company: described(companySchema, 'Who the strategy is for.'),
    language: optional(z.enum(languages), 'Language of the answers and of lint messages.'),
    revision: optional(z.int().check(z.minimum(1)), 'Raised by one on every change smplan makes.'),
    status: optional(z.enum(statuses), 'Where the strategy stands.'),
    updated: optional(isoDate(), 'Set by smplan on every change.'),
    started: optional(isoDate(), 'The day the strategy took effect; baselines are as of this day.'),
    next_review: optional(isoDate(), 'When the strategy is reviewed next.'),
    goals: optional(z.array(goalSchema), '1. What are our goals, measured how?'),
    audiences: optional(z.array(audienceSchema), '2. Which target groups, on which channels?'),
    team: optional(teamSchema, '3. Who takes care of it, how is it coordinated?'),
    employees: optional(employeesSchema, '4. How are all employees involved, which guidelines apply?'),
    criticism: optional(criticismSchema, '5. How do we answer public criticism?'),
  }),
  'A social media strategy that answers five questions with measurable goals.',
  { title: 'smplan strategy file, format v1' },
);

export type Strategy = z.infer<typeof strategySchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Person = z.infer<typeof personSchema>;
export type Measurement = z.infer<typeof measurementSchema>;

