/**
 * Format v1 of the strategy file, the one source of truth: the types, `check`'s
 * schema findings, the shipped JSON Schema and the interview's answer validation
 * are all derived from the schemas below.
 *
 * Every section may be missing in a draft (that is a lint finding, not a schema
 * error), and every object is loose: unknown keys pass through so that a rewrite
 * never drops them and `strategy/unknown-key` can point at them.
 */
import * as z from 'zod';
import { isCalendarDate } from './calendar.js';

// zod compiles a fast path with `new Function` on the first parse of each object
// schema; a CLI validates a few files per process, where that costs more than it
// saves (measured: first parse 15 ms with it, 3 ms without, and no slower over 10,000 files).
z.config({ jitless: true });

export const FORMAT_VERSION = 1;

/*
 * Our own checks carry a problem code as their zod message, so a `schema`
 * finding can be told in either language instead of echoing zod's English.
 */

// The date check lives in a module without zod, so that `today()` (loaded by every command) does not load zod.
export { isCalendarDate } from './calendar.js';

export const isoDate = z
  .string()
  .refine(isCalendarDate, { error: 'not-a-date' })
  .meta({ format: 'date', description: 'A calendar date, YYYY-MM-DD.' });

export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'not-a-slug' })
  .meta({ description: 'Lower-case letters, digits and hyphens, starting with a letter or digit.' });

const text = z.string();
const texts = z.array(z.string());
const amount = z.number().min(0);

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
  name: z.string().trim().min(1).meta({ description: 'The company or organisation the strategy is for.' }),
  size: z
    .enum(companySizes)
    .optional()
    .meta({ description: 'micro (<10 people), small (<50), medium (<250) or large.' }),
  industry: text.optional().meta({ description: 'The industry, in the strategy language.' }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'not-a-country' })
    .optional()
    .meta({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE.' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'not-a-currency' })
    .optional()
    .meta({ description: 'ISO 4217 currency of every money amount; EUR when absent.' }),
});

export const kpiSchema = z.looseObject({
  metric: text.optional().meta({ description: 'What is counted, e.g. "Instagram followers from Leipzig".' }),
  source: text.optional().meta({ description: 'Where the metric is measured, e.g. "Instagram Insights".' }),
  unit: text.optional().meta({ description: 'The unit of the metric, e.g. "followers" or "leads".' }),
  baseline: z.number().optional().meta({ description: 'The value on the start day of the strategy.' }),
  target: z.number().optional().meta({ description: 'The value to reach by the deadline.' }),
  deadline: isoDate.optional().meta({ description: 'The day by which the target is reached.' }),
});

export const measurementSchema = z.looseObject({
  date: isoDate.meta({ description: 'The day the value was measured.' }),
  value: z.number().meta({ description: 'The measured value of the KPI metric.' }),
  note: text.optional().meta({ description: 'What happened, in a few words.' }),
});

export const goalSchema = z.looseObject({
  id: slug.meta({ description: 'Unique id of the goal; `smplan track` refers to it.' }),
  objective: text.optional().meta({ description: 'What the goal is, in one sentence.' }),
  type: z.enum(goalTypes).optional().meta({ description: 'The kind of goal.' }),
  business_outcome: text.optional().meta({ description: 'What reaching the goal means for the business.' }),
  channels: texts.optional().meta({ description: 'Channels the goal is pursued on, e.g. instagram.' }),
  kpi: kpiSchema.optional().meta({ description: 'How the goal is measured.' }),
  value_per_unit: amount
    .optional()
    .meta({ description: 'Money one unit of improvement over the baseline is worth over the strategy period (for ROI).' }),
  measurements: z
    .array(measurementSchema)
    .optional()
    .meta({ description: 'Measured values, appended by `smplan track`.' }),
});

export const audienceSchema = z.looseObject({
  id: slug.optional().meta({ description: 'Optional unique id of the target group.' }),
  name: text.optional().meta({ description: 'Who the target group is.' }),
  description: text.optional().meta({ description: 'More about the group: situation, habits.' }),
  needs: texts.optional().meta({ description: 'Needs and pain points the content answers.' }),
  channels: texts.optional().meta({ description: 'Channels where the group is reached.' }),
  location: text.optional().meta({ description: 'Where the group lives or works.' }),
  age: z.union([z.string(), z.number()]).optional().meta({ description: 'Age or age range, e.g. 25-65.' }),
});

export const personSchema = z.looseObject({
  name: text.optional().meta({ description: "The person's name." }),
  role: text.optional().meta({ description: "The person's role in the company." }),
});

export const teamSchema = z.looseObject({
  owner: personSchema.optional().meta({ description: 'The person who takes care of social media.' }),
  deputy: personSchema.optional().meta({ description: 'Who stands in for the owner.' }),
  executive_sponsor: personSchema
    .optional()
    .meta({ description: 'The executive who backs the strategy: social media is Chefsache.' }),
  hours_per_week: amount.optional().meta({ description: 'Working hours per week for social media.' }),
  hourly_rate: amount.optional().meta({ description: 'Staff cost per hour, for ROI.' }),
  budget: z
    .looseObject({
      amount: amount.optional().meta({ description: 'Money spent per period (ads, tools, content).' }),
      period: z.enum(budgetPeriods).optional().meta({ description: 'The period the amount is for.' }),
    })
    .optional()
    .meta({ description: 'The money budget.' }),
  coordination: text.optional().meta({ description: 'How the people involved coordinate.' }),
  approval: text.optional().meta({ description: 'Who approves what before it is posted.' }),
  reporting: z
    .looseObject({
      cadence: z.enum(reportingCadences).optional().meta({ description: 'How often results are reported.' }),
      to: text.optional().meta({ description: 'Who receives the report.' }),
    })
    .optional()
    .meta({ description: 'How results are reported.' }),
});

export const guidelineSchema = z.looseObject({
  topic: z.enum(guidelineTopics).optional().meta({ description: 'What the guideline is about.' }),
  rule: text.optional().meta({ description: 'The guideline itself, in one or two sentences.' }),
});

export const employeesSchema = z.looseObject({
  involvement: text.optional().meta({ description: 'How all employees take part.' }),
  spokespeople: texts.optional().meta({ description: 'Who may speak for the company.' }),
  training: text.optional().meta({ description: 'How employees learn the guidelines.' }),
  guidelines: z
    .array(guidelineSchema)
    .optional()
    .meta({ description: 'Social media guidelines that apply to everyone.' }),
});

export const escalationLevelSchema = z.looseObject({
  level: z.number().int().min(1).optional().meta({ description: 'Escalation level, 1 first.' }),
  trigger: text.optional().meta({ description: 'What raises criticism to this level.' }),
  who: text.optional().meta({ description: 'The person who acts at this level.' }),
  within_hours: amount.optional().meta({ description: 'Hours within which that person acts.' }),
});

export const scenarioSchema = z.looseObject({
  type: z.enum(scenarioTypes).optional().meta({ description: 'The kind of criticism.' }),
  response: text.optional().meta({ description: 'How the company responds, decided in advance.' }),
});

export const criticismSchema = z.looseObject({
  monitoring: text.optional().meta({ description: 'Who watches comments, reviews and mentions, and how often.' }),
  response_time_hours: amount.optional().meta({ description: 'Hours within which public criticism is answered.' }),
  deletion_policy: text.optional().meta({ description: 'What is deleted or hidden, and what never is.' }),
  escalation: z.array(escalationLevelSchema).optional().meta({ description: 'Escalation levels.' }),
  scenarios: z.array(scenarioSchema).optional().meta({ description: 'Responses to typical kinds of criticism.' }),
});

export const strategySchema = z
  .looseObject({
    smplan: z
      .unknown()
      .refine((version) => version === FORMAT_VERSION, { error: 'unsupported-version' })
      .meta({ type: 'integer', const: FORMAT_VERSION, description: 'Format version of the strategy file.' }),
    company: companySchema.meta({ description: 'Who the strategy is for.' }),
    language: z
      .enum(languages)
      .optional()
      .meta({ description: 'Language of the answers and of lint messages.' }),
    revision: z.number().int().min(1).optional().meta({ description: 'Raised by one on every change smplan makes.' }),
    status: z.enum(statuses).optional().meta({ description: 'Where the strategy stands.' }),
    updated: isoDate.optional().meta({ description: 'Set by smplan on every change.' }),
    started: isoDate.optional().meta({ description: 'The day the strategy took effect; baselines are as of this day.' }),
    next_review: isoDate.optional().meta({ description: 'When the strategy is reviewed next.' }),
    goals: z.array(goalSchema).optional().meta({ description: '1. What are our goals, measured how?' }),
    audiences: z
      .array(audienceSchema)
      .optional()
      .meta({ description: '2. Which target groups, on which channels?' }),
    team: teamSchema.optional().meta({ description: '3. Who takes care of it, how is it coordinated?' }),
    employees: employeesSchema
      .optional()
      .meta({ description: '4. How are all employees involved, which guidelines apply?' }),
    criticism: criticismSchema
      .optional()
      .meta({ description: '5. How do we answer public criticism?' }),
  })
  .meta({
    title: 'smplan strategy file, format v1',
    description: 'A social media strategy that answers five questions with measurable goals.',
  });

export type Strategy = z.infer<typeof strategySchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Person = z.infer<typeof personSchema>;
export type Measurement = z.infer<typeof measurementSchema>;

/** The five questions, in the order the file and the interview take them. */
export const SECTIONS = ['goals', 'audiences', 'team', 'employees', 'criticism'] as const;
export type Section = (typeof SECTIONS)[number];

/** The JSON Schema (draft 2020-12) of what people write: defaults stay optional. */
export function strategyJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(strategySchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: 'https://smplan.dev/schema/strategy-v1.json', ...schema };
}
