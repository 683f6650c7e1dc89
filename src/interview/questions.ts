/**
 * The interview as data: the company basics, then the five questions of the
 * spec in their order. Each question says where its answer goes in the
 * strategy, how it is asked (kind, texts in both languages, choices taken from
 * the schema's enums) and how an answer is validated (the field's own zod
 * schema from src/strategy/schema.ts, plus checks only an interview can make,
 * such as "the deadline is not in the past").
 *
 * `ask.ts` turns this into prompts; `smplan edit` asks one section alone with
 * the current strategy as defaults. Nothing here imports the prompt library,
 * and the schema module only as a type: schemas and enum choices are functions
 * of it, so the first question is on the screen before zod is loaded.
 */
import type * as z from 'zod/mini';
import type { Language, Message as Text, MessageData } from '../base/message.js';
import type { DataPath } from '../strategy/document.js';
import type * as Schemas from '../strategy/schema.js';
import type { Section } from '../strategy/sections.js';
import { daysBetween } from '../strategy/today.js';
import { namedRatePeriod, wordedDirection } from '../strategy/text/rates-and-directions.js';
import { vagueGoal } from '../strategy/text/judgments.js';
import { getIn, type Data } from './data.js';
import { addMonths } from '../strategy/calendar.js';
import { formatNumber } from '../base/numbers.js';
import type { ValidationCode } from './messages.js';

/** `money` is a number that may carry its currency ("2 €") or be a product ("35,50 × 40 %": a price times a margin). */
export type FieldKind = 'text' | 'number' | 'money' | 'date' | 'slug' | 'select' | 'list';

/** The schema module, handed to `schema` and `choices` once it is loaded. */
export type SchemaModule = typeof Schemas;

export interface Choice {
  value: string;
  label: Text;
}

/** What a field's suggestion and checks can see while it is asked. */
export interface FieldContext {
  /** The group item being answered, or the whole strategy for fields outside groups. */
  readonly scope: Data;
  /** The whole strategy as answered so far. */
  readonly root: Data;
  /** The items of the same group answered before this one. */
  readonly siblings: readonly Data[];
  readonly today: string;
  /** The language of the run, for figures worked out in a hint. */
  readonly language: Language;
}

export interface Problem {
  code: ValidationCode;
  data?: MessageData;
}

export interface Field {
  readonly kind: FieldKind;
  /** Stable id, used by tests and by `--answers` documentation; never shown. */
  readonly id: string;
  /** Where the answer goes, relative to the scope (the group item, or the strategy root). */
  readonly path: DataPath;
  readonly message: Text;
  /** One line shown before the prompt: an example or why it is asked. */
  readonly hint?: Text;
  /** A hint worked out from the answers so far (an example in the goal's own unit); shown instead of `hint`. */
  readonly explain?: (context: FieldContext) => { message: Text; data: MessageData } | undefined;
  /** The label of an optional select's "no answer" choice, where not answering means something ("a count at a moment"). */
  readonly noneLabel?: Text;
  /** A number typed with a sign ("+10 %", "+200", "-5") is a change of the number at this path of the scope (the baseline). */
  readonly changeOf?: DataPath;
  /** An empty answer is re-asked; otherwise Enter on an empty line skips the question. */
  readonly required?: boolean;
  /**
   * Asked in `init`'s first pass, which makes a complete strategy that `check`
   * finds no errors in; the other questions are details, asked after it if the
   * person wants them.
   */
  readonly essential?: boolean;
  /** The values of a select: an enum of the schema, with labels. */
  readonly choices?: (schemas: SchemaModule) => readonly Choice[];
  /** The schema of the value, from src/strategy/schema.ts. */
  readonly schema?: (schemas: SchemaModule) => z.ZodMiniType;
  /** Applied to every typed text (or list item) before validation. */
  readonly normalize?: (text: string) => string;
  /** Checks only the interview makes (deadline ahead, id not taken). */
  readonly check?: (value: unknown, context: FieldContext) => Problem | undefined;
  /** Asked only when this holds; otherwise the answer is removed (a budget period without an amount), unless `asksAgain`. */
  readonly when?: (context: FieldContext) => boolean;
  /** Asks again for a value an earlier field stored (the target, once its direction is settled); when not asked, the value stays. */
  readonly asksAgain?: boolean;
  /** The default when the strategy has no value yet. */
  readonly suggest?: (context: FieldContext) => unknown;
  /** A different message when the answers so far call for it (the vague-goal nudge). */
  readonly nudge?: (context: FieldContext) => { message: Text; data: MessageData } | undefined;
}

export interface Group {
  readonly kind: 'group';
  readonly id: string;
  /** Where the list goes, relative to the strategy root. */
  readonly path: DataPath;
  /** Printed before each item: `{n}` is its number. */
  readonly item: Text;
  readonly fields: readonly Field[];
  /** Suggested, never forced: below it "add another?" defaults to yes and says why. */
  readonly recommended: number;
  /** Above it "add another?" defaults to no and says why. */
  readonly maximum?: number;
  readonly another: Text;
  readonly fewer: Text;
  readonly many?: Text;
  /** A key the interview numbers itself (escalation `level`: 1, 2, …). */
  readonly numbered?: string;
  /** A remark shown with "add another?", e.g. which recommended topics are still missing. */
  readonly advice?: (items: readonly Data[], language: Language) => { message: Text; data: MessageData } | undefined;
}

export type Step = Field | Group;

export interface SectionSpec {
  readonly id: 'basics' | Section;
  /** Why the question matters, shown before it is asked. */
  readonly intro: Text;
  /** The question as the comment above the section in the file (the five sections only). */
  readonly question?: Text;
  readonly steps: readonly Step[];
}

// ---------------------------------------------------------------------------
// Choices: every value of the schema's enums, with a label in both languages.

type EnumValue<Name extends keyof SchemaModule> = SchemaModule[Name] extends readonly (infer Value)[] ? Value & string : never;

/** Every value of the enum, in the schema's order; a value without a label is a compile error. */
function choicesOf<Value extends string>(values: readonly Value[], labels: Record<Value, Text>): Choice[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const SIZE_LABELS: Record<EnumValue<'companySizes'>, Text> = {
  micro: { en: 'micro: fewer than 10 people', de: 'Kleinstunternehmen: unter 10 Personen' },
  small: { en: 'small: fewer than 50 people', de: 'klein: unter 50 Personen' },
  medium: { en: 'medium: fewer than 250 people', de: 'mittel: unter 250 Personen' },
  large: { en: 'large: 250 people or more', de: 'groß: 250 Personen und mehr' },
};

const GOAL_TYPE_LABELS: Record<EnumValue<'goalTypes'>, Text> = {
  awareness: { en: 'awareness: be known by the right people', de: 'Bekanntheit: bei den Richtigen bekannt werden' },
  engagement: { en: 'engagement: conversations and reactions', de: 'Interaktion: Gespräche und Reaktionen' },
  traffic: { en: 'traffic: visits to the website or shop', de: 'Besuche: auf Website oder Shop' },
  leads: { en: 'leads: enquiries and contacts', de: 'Anfragen: Kontakte und Leads' },
  sales: { en: 'sales: orders and revenue', de: 'Verkauf: Bestellungen und Umsatz' },
  care: { en: 'customer care: help and reviews', de: 'Kundenservice: Hilfe und Bewertungen' },
  recruiting: { en: 'recruiting: applications', de: 'Personal: Bewerbungen' },
  community: { en: 'community: people who support each other', de: 'Community: Menschen, die sich gegenseitig tragen' },
};

/** "per month", to follow a number; the budget's periods are the rate's, but a day. */
const PER_PERIOD: Record<EnumValue<'ratePeriods'>, Text> = {
  day: { en: 'per day', de: 'pro Tag' },
  week: { en: 'per week', de: 'pro Woche' },
  month: { en: 'per month', de: 'pro Monat' },
  quarter: { en: 'per quarter', de: 'pro Quartal' },
  year: { en: 'per year', de: 'pro Jahr' },
};

const RATE_PERIOD_LABELS: Record<EnumValue<'ratePeriods'>, Text> = {
  day: { en: 'a number per day', de: 'eine Anzahl pro Tag' },
  week: { en: 'a number per week (e.g. orders per week)', de: 'eine Anzahl pro Woche (z. B. Bestellungen pro Woche)' },
  month: { en: 'a number per month (e.g. enquiries per month)', de: 'eine Anzahl pro Monat (z. B. Anfragen pro Monat)' },
  quarter: { en: 'a number per quarter', de: 'eine Anzahl pro Quartal' },
  year: { en: 'a number per year (e.g. applications per year)', de: 'eine Anzahl pro Jahr (z. B. Bewerbungen pro Jahr)' },
};

const DIRECTION_LABELS: Record<EnumValue<'directions'>, Text> = {
  increase: { en: 'The number should rise (more is better)', de: 'Die Zahl soll steigen (mehr ist besser)' },
  decrease: { en: 'The number should fall (less is better)', de: 'Die Zahl soll sinken (weniger ist besser)' },
};

/** An example rule for each guideline topic, shown when that topic was chosen. */
const GUIDELINE_EXAMPLES: Record<EnumValue<'guidelineTopics'>, Text> = {
  disclosure: { en: 'Whoever writes about us privately says that they work here.', de: 'Wer privat über uns schreibt, sagt dazu, dass er hier arbeitet.' },
  confidentiality: { en: 'Customer data, prices before they are public and figures stay inside.', de: 'Kundendaten, Preise vor ihrer Veröffentlichung und Zahlen bleiben intern.' },
  spokespeople: { en: 'Only Anna and Karl answer the press and criticism in our name.', de: 'Nur Anna und Karl antworten in unserem Namen auf Presse und Kritik.' },
  respect: { en: 'We stay polite, also when others are not.', de: 'Wir bleiben höflich, auch wenn andere es nicht sind.' },
  privacy: { en: 'No photos of customers or colleagues without their consent.', de: 'Keine Fotos von Kundschaft oder Kollegen ohne ihr Einverständnis.' },
  legal: { en: 'We post only pictures and music we have the rights to.', de: 'Wir posten nur Bilder und Musik, an denen wir die Rechte haben.' },
  mistakes: { en: 'A mistake is corrected openly, not deleted.', de: 'Ein Fehler wird offen korrigiert, nicht gelöscht.' },
  'private-use': { en: 'Private accounts stay private; nobody has to post for us.', de: 'Private Konten bleiben privat; niemand muss für uns posten.' },
  other: { en: 'Say what applies to everyone, in one or two sentences.', de: 'Sagen Sie, was für alle gilt, in ein oder zwei Sätzen.' },
};

const CADENCE_LABELS: Record<EnumValue<'reportingCadences'>, Text> = {
  weekly: { en: 'weekly', de: 'wöchentlich' },
  monthly: { en: 'monthly', de: 'monatlich' },
  quarterly: { en: 'quarterly', de: 'vierteljährlich' },
};

const TOPIC_LABELS: Record<EnumValue<'guidelineTopics'>, Text> = {
  disclosure: { en: 'disclosure: say that you work here', de: 'Offenlegung: sagen, dass man hier arbeitet' },
  confidentiality: { en: 'confidentiality: what stays internal', de: 'Vertraulichkeit: was intern bleibt' },
  spokespeople: { en: 'spokespeople: who speaks for the organisation', de: 'Sprecher: wer für die Organisation spricht' },
  respect: { en: 'respect: tone and manners', de: 'Respekt: Ton und Umgang' },
  privacy: { en: 'privacy: photos and personal data', de: 'Datenschutz: Fotos und persönliche Daten' },
  legal: { en: 'legal: copyright, advertising law', de: 'Recht: Urheberrecht, Werberecht' },
  mistakes: { en: 'mistakes: what to do when something goes wrong', de: 'Fehler: was tun, wenn etwas schiefgeht' },
  'private-use': { en: 'private use: social media during work', de: 'private Nutzung: Social Media während der Arbeit' },
  other: { en: 'other', de: 'Sonstiges' },
};

const SCENARIO_LABELS: Record<EnumValue<'scenarioTypes'>, Text> = {
  'negative-review': { en: 'a negative review', de: 'eine schlechte Bewertung' },
  complaint: { en: 'a complaint', de: 'eine Beschwerde' },
  troll: { en: 'a troll', de: 'ein Troll' },
  misinformation: { en: 'false claims about us', de: 'Falschbehauptungen über uns' },
  shitstorm: { en: 'a shitstorm', de: 'ein Shitstorm' },
  'legal-threat': { en: 'a legal threat', de: 'eine rechtliche Drohung' },
  other: { en: 'something else', de: 'etwas anderes' },
};

/** The topics and scenarios `check` asks for; the interview suggests the missing ones first. */
const RECOMMENDED_TOPICS: readonly EnumValue<'guidelineTopics'>[] = ['disclosure', 'confidentiality', 'spokespeople'];
const RECOMMENDED_SCENARIOS: readonly EnumValue<'scenarioTypes'>[] = ['negative-review', 'troll', 'shitstorm'];

// ---------------------------------------------------------------------------
// Helpers for suggestions and checks.

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** An id from free text: "Mehr Anfragen über LinkedIn" → "mehr-anfragen-ueber-linkedin", cut at a word. */
export function slugify(text: string, maxLength = 32): string {
  const words = text
    .toLowerCase()
    .replace(/[äöüß]/g, (character) => FOLD[character] ?? character)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}

/**
 * A goal's id from its objective: in German, the nouns after the first word
 * ("Kunden bestellen Torten per Instagram-Nachricht vor" → torten-instagram-nachricht,
 * what is counted rather than who counts); else the words from the start.
 */
export function goalIdFrom(objective: string): string {
  const words = objective.trim().split(/\s+/);
  const nouns = words.slice(1).filter((word) => /^[A-ZÄÖÜ]/.test(word));
  return slugify(nouns.length >= 2 ? nouns.slice(0, 2).join(' ') : objective);
}

/** Channels are compared between goals and target groups, so they are written one way: "Google Business" → google-business. */
export function normalizeChannel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

const upperCase = (text: string) => text.trim().toUpperCase();

function personName(root: Data, role: string): string | undefined {
  const name = getIn(root, ['team', role, 'name']);
  return typeof name === 'string' && name.trim() ? name : undefined;
}

function uniqueId(value: unknown, { siblings }: FieldContext): Problem | undefined {
  return siblings.some((item) => item.id === value) ? { code: 'duplicate-id', data: { value: String(value) } } : undefined;
}

function startedOf(root: Data): string | undefined {
  const started = root.started;
  return typeof started === 'string' ? started : undefined;
}

function notBeforeStart(value: string, root: Data): Problem | undefined {
  const started = startedOf(root);
  return started && daysBetween(started, value) <= 0 ? { code: 'before-start', data: { value, started } } : undefined;
}

function vaguePhrase(scope: Data): string | undefined {
  return typeof scope.objective === 'string' ? vagueGoal(scope.objective) : undefined;
}

const numberIn = (scope: Data, path: DataPath): number | undefined => {
  const value = getIn(scope, path);
  return typeof value === 'number' ? value : undefined;
};

/** Which way the target lies from the baseline; undefined while either is missing or they are equal. */
function targetWay(scope: Data): 'increase' | 'decrease' | undefined {
  const baseline = numberIn(scope, ['kpi', 'baseline']);
  const target = numberIn(scope, ['kpi', 'target']);
  if (baseline === undefined || target === undefined || baseline === target) return undefined;
  return target > baseline ? 'increase' : 'decrease';
}

/** The way the goal's words ask for, when they ask for one. */
function wordedWay(scope: Data): 'increase' | 'decrease' | undefined {
  const words = [scope.objective, getIn(scope, ['kpi', 'metric'])].filter((text): text is string => typeof text === 'string').join(' ');
  return wordedDirection(words);
}

type RatePeriod = EnumValue<'ratePeriods'>;


/** Months in one rate period, for a worked example (the report counts in days). */
const MONTHS_PER_RATE_PERIOD: Record<RatePeriod, number> = { day: 1 / 30.4375, week: 7 / 30.4375, month: 1, quarter: 3, year: 12 };

/** The unit of a goal's metric without its period ("Bestellungen pro Monat" → "Bestellungen"), else its metric. */
function unitOf(scope: Data): string {
  const unit = getIn(scope, ['kpi', 'unit']) ?? getIn(scope, ['kpi', 'metric']);
  return typeof unit === 'string' ? unit.replace(/\s*(?:\/|\b(?:per|pro|je|a)\b).*$/i, '').trim() || unit : '';
}

function currencyOf(root: Data): string {
  const currency = getIn(root, ['company', 'currency']);
  return typeof currency === 'string' && currency ? currency : 'EUR';
}

/** The strategy's length in months, as the ROI counts it: from the start to the latest deadline, at least one. */
function monthsOfStrategy(root: Data, scope: Data): number {
  const started = startedOf(root);
  const deadline = getIn(scope, ['kpi', 'deadline']);
  if (!started || typeof deadline !== 'string') return 12;
  return Math.max(1, Math.round(daysBetween(started, deadline) / 30.4375));
}

function missing<Value extends string>(recommended: readonly Value[], items: readonly Data[], key: string): Value[] {
  return recommended.filter((value) => !items.some((item) => item[key] === value));
}

function labelList<Value extends string>(values: readonly Value[], labels: Record<Value, Text>, language: Language): string {
  // the part before the colon: "disclosure", not "disclosure: say that you work here"
  return values.map((value) => labels[value][language].split(':')[0]).join(', ');
}

// ---------------------------------------------------------------------------
// The basics: who the strategy is for, and when it starts.

const basics: SectionSpec = {
  id: 'basics',
  intro: {
    en: 'First, who is this strategy for? A few facts about the company and when the strategy starts.',
    de: 'Zuerst: Für wen ist diese Strategie? Ein paar Angaben zum Unternehmen und zum Start der Strategie.',
  },
  steps: [
    {
      kind: 'text',
      id: 'company.name',
      essential: true,
      path: ['company', 'name'],
      message: { en: 'Name of the company or organisation', de: 'Name des Unternehmens oder der Organisation' },
      required: true,
      schema: (schemas) => schemas.companySchema.shape.name,
    },
    {
      kind: 'select',
      id: 'company.size',
      essential: true,
      path: ['company', 'size'],
      message: { en: 'How many people work there?', de: 'Wie viele Menschen arbeiten dort?' },
      choices: (schemas) => choicesOf(schemas.companySizes, SIZE_LABELS),
    },
    {
      kind: 'text',
      id: 'company.industry',
      path: ['company', 'industry'],
      message: { en: 'Industry', de: 'Branche' },
      hint: { en: 'e.g. retail, mechanical engineering, animal welfare', de: 'z. B. Einzelhandel, Maschinenbau, Tierschutz' },
    },
    {
      kind: 'text',
      id: 'company.country',
      path: ['company', 'country'],
      message: { en: 'Country (two letters)', de: 'Land (zwei Buchstaben)' },
      hint: { en: 'ISO code, e.g. DE, AT, CH, GB', de: 'ISO-Code, z. B. DE, AT, CH' },
      normalize: upperCase,
      schema: (schemas) => schemas.companySchema.shape.country,
    },
    {
      kind: 'text',
      id: 'company.currency',
      path: ['company', 'currency'],
      message: { en: 'Currency of all money amounts (three letters)', de: 'Währung aller Geldbeträge (drei Buchstaben)' },
      normalize: upperCase,
      schema: (schemas) => schemas.companySchema.shape.currency,
      suggest: () => 'EUR',
    },
    {
      kind: 'date',
      id: 'started',
      essential: true,
      path: ['started'],
      message: { en: 'Start of the strategy (YYYY-MM-DD)', de: 'Start der Strategie (JJJJ-MM-TT)' },
      hint: { en: 'Baselines are the values on this day.', de: 'Ausgangswerte sind die Werte an diesem Tag.' },
      required: true,
      schema: (schemas) => schemas.strategySchema.shape.started,
      suggest: ({ today }) => today,
    },
    {
      kind: 'date',
      id: 'next_review',
      path: ['next_review'],
      message: { en: 'When will you review the strategy next? (YYYY-MM-DD)', de: 'Wann überprüfen Sie die Strategie das nächste Mal? (JJJJ-MM-TT)' },
      schema: (schemas) => schemas.strategySchema.shape.next_review,
      suggest: ({ root, today }) => addMonths(startedOf(root) ?? today, 3),
      check: (value, { root, today }) =>
        daysBetween(today, String(value)) < 0 ? { code: 'review-past', data: { value: String(value), today } } : notBeforeStart(String(value), root),
    },
  ],
};

// ---------------------------------------------------------------------------
// 1. Goals

const goalFields: Field[] = [
  {
    kind: 'text',
    id: 'goals.objective',
    essential: true,
    path: ['objective'],
    message: { en: 'What do you want to achieve? One sentence', de: 'Was wollen Sie erreichen? Ein Satz' },
    hint: {
      en: 'e.g. "Commuters pre-order breakfast via Instagram messages"; say who does what, not "more reach"',
      de: 'z. B. „Pendler bestellen ihr Frühstück per Instagram-Nachricht vor“; wer tut was, nicht „mehr Reichweite“',
    },
    required: true,
    schema: (schemas) => schemas.goalSchema.shape.objective,
  },
  {
    kind: 'slug',
    id: 'goals.id',
    essential: true,
    path: ['id'],
    message: { en: 'Short id of the goal (for smplan track)', de: 'Kurze Kennung des Ziels (für smplan track)' },
    required: true,
    schema: (schemas) => schemas.goalSchema.shape.id,
    suggest: ({ scope }) => (typeof scope.objective === 'string' ? goalIdFrom(scope.objective) || undefined : undefined),
    check: uniqueId,
  },
  {
    kind: 'select',
    id: 'goals.type',
    path: ['type'],
    message: { en: 'What kind of goal is it?', de: 'Was für ein Ziel ist es?' },
    choices: (schemas) => choicesOf(schemas.goalTypes, GOAL_TYPE_LABELS),
  },
  {
    kind: 'list',
    id: 'goals.channels',
    path: ['channels'],
    message: { en: 'On which channels? (comma-separated)', de: 'Auf welchen Kanälen? (durch Kommas getrennt)' },
    hint: { en: 'e.g. instagram, linkedin, google-business', de: 'z. B. instagram, linkedin, google-business' },
    normalize: normalizeChannel,
    schema: (schemas) => schemas.goalSchema.shape.channels,
  },
  {
    kind: 'text',
    id: 'goals.kpi.metric',
    essential: true,
    path: ['kpi', 'metric'],
    message: { en: 'Metric: what exactly do you count?', de: 'Kennzahl: Was genau zählen Sie?' },
    hint: { en: 'e.g. "pre-orders via Instagram per week"', de: 'z. B. „Vorbestellungen per Instagram pro Woche“' },
    required: true,
    schema: (schemas) => schemas.kpiSchema.shape.metric,
    nudge: ({ scope }) => {
      const phrase = vaguePhrase(scope);
      return phrase === undefined
        ? undefined
        : {
            message: {
              en: '"{phrase}" cannot be measured as it stands. Which number would show it: what exactly do you count?',
              de: '„{phrase}“ lässt sich so nicht messen. Welche Zahl würde es zeigen: Was genau zählen Sie?',
            },
            data: { phrase },
          };
    },
  },
  {
    kind: 'text',
    id: 'goals.kpi.source',
    path: ['kpi', 'source'],
    message: { en: 'Where is it measured?', de: 'Wo wird sie gemessen?' },
    hint: { en: 'e.g. Instagram Insights, CRM, a tally at the till', de: 'z. B. Instagram Insights, CRM, Strichliste an der Kasse' },
    schema: (schemas) => schemas.kpiSchema.shape.source,
  },
  {
    kind: 'text',
    id: 'goals.kpi.unit',
    path: ['kpi', 'unit'],
    message: { en: 'Unit of the metric', de: 'Einheit der Kennzahl' },
    hint: { en: 'e.g. followers, enquiries per month', de: 'z. B. Follower, Anfragen pro Monat' },
    schema: (schemas) => schemas.kpiSchema.shape.unit,
  },
  {
    kind: 'select',
    id: 'goals.kpi.per',
    essential: true,
    path: ['kpi', 'per'],
    message: { en: 'Is it a count at a moment or a number per period?', de: 'Ist es ein Stand zu einem Zeitpunkt oder eine Anzahl pro Zeitraum?' },
    hint: {
      en: 'A count at a moment: followers, reviews, subscribers. A number per period: orders, enquiries, applications; their value adds up over time.',
      de: 'Ein Stand: Follower, Bewertungen, Abonnenten. Eine Anzahl pro Zeitraum: Bestellungen, Anfragen, Bewerbungen; ihr Wert summiert sich über die Zeit.',
    },
    choices: (schemas) => choicesOf(schemas.ratePeriods, RATE_PERIOD_LABELS),
    noneLabel: { en: 'a count at a moment (e.g. followers)', de: 'ein Stand zu einem Zeitpunkt (z. B. Follower)' },
    suggest: ({ scope }) => namedRatePeriod([getIn(scope, ['kpi', 'metric']), getIn(scope, ['kpi', 'unit'])].filter((text) => typeof text === 'string').join(' ')),
  },
  {
    kind: 'number',
    id: 'goals.kpi.baseline',
    essential: true,
    path: ['kpi', 'baseline'],
    message: { en: 'Baseline: the value today', de: 'Ausgangswert: der Wert heute' },
    hint: { en: 'Without it, nobody can tell what the target improves on.', de: 'Ohne ihn weiß niemand, was der Zielwert verbessert.' },
    schema: (schemas) => schemas.kpiSchema.shape.baseline,
  },
  {
    kind: 'number',
    id: 'goals.kpi.target',
    essential: true,
    path: ['kpi', 'target'],
    message: { en: 'Target: the value to reach', de: 'Zielwert: der Wert, den Sie erreichen wollen' },
    hint: { en: 'The number itself, or a change from the baseline: +10 %, +200, -25 %', de: 'Die Zahl selbst oder eine Änderung zum Ausgangswert: +10 %, +200, -25 %' },
    changeOf: ['kpi', 'baseline'],
    required: true,
    schema: (schemas) => schemas.kpiSchema.shape.target,
    check: (value, { scope }) =>
      getIn(scope, ['kpi', 'baseline']) === value ? { code: 'target-equals-baseline', data: { value: String(value) } } : undefined,
    nudge: ({ scope }) => {
      const phrase = vaguePhrase(scope);
      return phrase === undefined
        ? undefined
        : {
            message: {
              en: 'Which number would make "{phrase}" measurable? Target value',
              de: 'Welche Zahl macht „{phrase}“ messbar? Zielwert',
            },
            data: { phrase },
          };
    },
  },
  {
    kind: 'select',
    id: 'goals.kpi.direction',
    essential: true,
    path: ['kpi', 'direction'],
    message: { en: 'Which way should the number go?', de: 'In welche Richtung soll sich die Zahl bewegen?' },
    required: true,
    choices: (schemas) => choicesOf(schemas.directions, DIRECTION_LABELS),
    // Asked when the words and the target disagree ("mehr Follower", target below the baseline), or a stated direction does.
    when: ({ scope }) => {
      const way = targetWay(scope);
      const stated = getIn(scope, ['kpi', 'direction']);
      return way !== undefined && ((wordedWay(scope) ?? way) !== way || (stated !== undefined && stated !== way));
    },
    suggest: ({ scope }) => targetWay(scope),
    nudge: ({ scope }) => {
      const data = { words: String(scope.objective ?? getIn(scope, ['kpi', 'metric'])), target: String(getIn(scope, ['kpi', 'target'])), baseline: String(getIn(scope, ['kpi', 'baseline'])) };
      return targetWay(scope) === 'decrease'
        ? {
            message: {
              en: '"{words}" sounds like more, but the target {target} lies below the baseline {baseline}. Which way should the number go?',
              de: '„{words}“ klingt nach mehr, aber der Zielwert {target} liegt unter dem Ausgangswert {baseline}. In welche Richtung soll sich die Zahl bewegen?',
            },
            data,
          }
        : {
            message: {
              en: '"{words}" sounds like less, but the target {target} lies above the baseline {baseline}. Which way should the number go?',
              de: '„{words}“ klingt nach weniger, aber der Zielwert {target} liegt über dem Ausgangswert {baseline}. In welche Richtung soll sich die Zahl bewegen?',
            },
            data,
          };
    },
  },
  {
    kind: 'number',
    id: 'goals.kpi.target.again',
    essential: true,
    path: ['kpi', 'target'],
    message: { en: 'Target: the value to reach', de: 'Zielwert: der Wert, den Sie erreichen wollen' },
    asksAgain: true,
    changeOf: ['kpi', 'baseline'],
    required: true,
    schema: (schemas) => schemas.kpiSchema.shape.target,
    when: ({ scope }) => {
      const direction = getIn(scope, ['kpi', 'direction']);
      return direction !== undefined && targetWay(scope) !== undefined && direction !== targetWay(scope);
    },
    check: (value, { scope }) => {
      const baseline = numberIn(scope, ['kpi', 'baseline'])!;
      const rises = getIn(scope, ['kpi', 'direction']) === 'increase';
      return (rises ? Number(value) > baseline : Number(value) < baseline) ? undefined : { code: rises ? 'target-not-above' : 'target-not-below', data: { value: String(value), baseline } };
    },
  },
  {
    kind: 'date',
    id: 'goals.kpi.deadline',
    essential: true,
    path: ['kpi', 'deadline'],
    message: { en: 'Deadline: by when? (YYYY-MM-DD)', de: 'Frist: bis wann? (JJJJ-MM-TT)' },
    required: true,
    schema: (schemas) => schemas.kpiSchema.shape.deadline,
    check: (value, { root, today }) =>
      daysBetween(today, String(value)) < 0 ? { code: 'deadline-past', data: { value: String(value), today } } : notBeforeStart(String(value), root),
  },
  {
    kind: 'text',
    id: 'goals.business_outcome',
    path: ['business_outcome'],
    message: { en: 'What does reaching it mean for the business?', de: 'Was bedeutet es für das Geschäft, wenn es erreicht ist?' },
    hint: { en: 'e.g. "extra revenue before 8 am"; without it there is no ROI', de: 'z. B. „Zusatzumsatz vor 8 Uhr“; ohne das gibt es keinen ROI' },
    schema: (schemas) => schemas.goalSchema.shape.business_outcome,
  },
  {
    kind: 'money',
    id: 'goals.value_per_unit',
    essential: true,
    path: ['value_per_unit'],
    message: { en: 'Value for the ROI (optional): what is one unit over the baseline worth?', de: 'Wert für den ROI (freiwillig): Was ist eine Einheit über dem Ausgangswert wert?' },
    schema: (schemas) => schemas.goalSchema.shape.value_per_unit,
    nudge: ({ scope, root }) => {
      const data = { unit: unitOf(scope), currency: currencyOf(root) };
      return getIn(scope, ['kpi', 'per']) === undefined
        ? {
            message: {
              en: 'Value for the ROI (optional): what is one more of "{unit}" worth to you over the whole strategy, in {currency}?',
              de: 'Wert für den ROI (freiwillig): Was ist Ihnen eins mehr von „{unit}“ über die ganze Laufzeit wert, in {currency}?',
            },
            data,
          }
        : {
            message: {
              en: 'Value for the ROI (optional): what does one of "{unit}" bring you, in {currency}? Its margin, not its price.',
              de: 'Wert für den ROI (freiwillig): Was bringt Ihnen eins von „{unit}“ ein, in {currency}? Die Marge, nicht der Preis.',
            },
            data,
          };
    },
    explain: ({ scope, root, language }) => {
      const baseline = numberIn(scope, ['kpi', 'baseline']);
      const target = numberIn(scope, ['kpi', 'target']);
      const change = baseline !== undefined && target !== undefined ? Math.abs(target - baseline) : 10;
      const per = getIn(scope, ['kpi', 'per']) as RatePeriod | undefined;
      const data = { currency: currencyOf(root), change: formatNumber(change, language) };
      if (per === undefined) {
        return {
          message: {
            en: 'To estimate it: if 2 in 100 new ones become customers and each brings 40 in margin, one is worth 0.80; {change} more are then worth {worth} {currency}.',
            de: 'Zum Schätzen: Werden 2 von 100 neuen zu Kunden und bringt jeder 40 Marge, ist einer 0,80 wert; {change} mehr sind dann {worth} {currency} wert.',
          },
          data: { ...data, worth: formatNumber(change * 0.8, language) },
        };
      }
      const months = monthsOfStrategy(root, scope);
      return {
        message: {
          en: 'E.g. at 10 {currency} margin each, {change} more {period} for {months} months bring about {worth} {currency}. Price × margin works too: 35.50 × 40 %.',
          de: 'Z. B. bei 10 {currency} Marge je Stück bringen {change} mehr {period} über {months} Monate etwa {worth} {currency}. Preis × Marge geht auch: 35,50 × 40 %.',
        },
        data: { ...data, period: PER_PERIOD[per][language], months: String(months), worth: formatNumber(((change * months) / MONTHS_PER_RATE_PERIOD[per]) * 10, language, 0) },
      };
    },
  },
];

const goals: SectionSpec = {
  id: 'goals',
  intro: {
    en: 'Social media without measurable goals is why most companies give up on it: nobody can say what it brings. Each goal gets a metric, where it is measured, a baseline, a target and a deadline, and what it means for the business.',
    de: 'Ohne messbare Ziele geben die meisten Unternehmen Social Media bald wieder auf: Niemand kann sagen, was es bringt. Jedes Ziel bekommt eine Kennzahl, eine Messquelle, einen Ausgangswert, einen Zielwert und eine Frist, und was es für das Geschäft bedeutet.',
  },
  question: {
    en: '1. What are our goals – and how do we measure them?',
    de: '1. Was sind unsere Ziele – und woran messen wir sie?',
  },
  steps: [
    {
      kind: 'group',
      id: 'goals',
      path: ['goals'],
      item: { en: 'Goal {n}', de: 'Ziel {n}' },
      fields: goalFields,
      recommended: 1,
      maximum: 5,
      another: { en: 'Add another goal?', de: 'Noch ein Ziel hinzufügen?' },
      fewer: { en: 'At least {recommended} goal is needed. Add one?', de: 'Mindestens {recommended} Ziel wird gebraucht. Eines hinzufügen?' },
      many: {
        en: 'You have {count} goals; more than {maximum} split your focus. Add another anyway?',
        de: 'Sie haben {count} Ziele; mehr als {maximum} verzetteln. Trotzdem noch eines?',
      },
    },
  ],
};

// ---------------------------------------------------------------------------
// 2. Audiences

const audiences: SectionSpec = {
  id: 'audiences',
  intro: {
    en: 'Whoever speaks to everyone reaches no one: name concrete groups, what they need, and the channels where they really are.',
    de: 'Wer alle anspricht, erreicht niemanden: Nennen Sie konkrete Gruppen, was sie brauchen und auf welchen Kanälen sie wirklich sind.',
  },
  question: {
    en: '2. Which target groups do we want to reach – and on which channels?',
    de: '2. Welche Zielgruppen wollen wir erreichen – und auf welchen Kanälen?',
  },
  steps: [
    {
      kind: 'group',
      id: 'audiences',
      path: ['audiences'],
      item: { en: 'Target group {n}', de: 'Zielgruppe {n}' },
      recommended: 1,
      another: { en: 'Add another target group?', de: 'Noch eine Zielgruppe hinzufügen?' },
      fewer: {
        en: 'At least {recommended} target group is needed. Add one?',
        de: 'Mindestens {recommended} Zielgruppe wird gebraucht. Eine hinzufügen?',
      },
      fields: [
        {
          kind: 'text',
          id: 'audiences.name',
          essential: true,
          path: ['name'],
          message: { en: 'Who is it? Name the group', de: 'Wer ist es? Benennen Sie die Gruppe' },
          hint: { en: 'e.g. "commuters at the tram stop", not "everyone"', de: 'z. B. „Pendler an der Haltestelle“, nicht „alle“' },
          required: true,
          schema: (schemas) => schemas.audienceSchema.shape.name,
        },
        {
          kind: 'slug',
          id: 'audiences.id',
          path: ['id'],
          message: { en: 'Short id of the group', de: 'Kurze Kennung der Gruppe' },
          schema: (schemas) => schemas.audienceSchema.shape.id,
          suggest: ({ scope }) => (typeof scope.name === 'string' ? slugify(scope.name) || undefined : undefined),
          check: uniqueId,
        },
        {
          kind: 'text',
          id: 'audiences.description',
          path: ['description'],
          message: { en: 'More about them: situation, habits', de: 'Mehr über sie: Lage, Gewohnheiten' },
          schema: (schemas) => schemas.audienceSchema.shape.description,
        },
        {
          kind: 'list',
          id: 'audiences.needs',
          path: ['needs'],
          message: { en: 'What do they need, what bothers them? (comma-separated)', de: 'Was brauchen sie, was stört sie? (durch Kommas getrennt)' },
          schema: (schemas) => schemas.audienceSchema.shape.needs,
        },
        {
          kind: 'list',
          id: 'audiences.channels',
          essential: true,
          path: ['channels'],
          message: { en: 'Where do you reach them? Channels (comma-separated)', de: 'Wo erreichen Sie sie? Kanäle (durch Kommas getrennt)' },
          hint: { en: 'e.g. instagram, whatsapp, google-business', de: 'z. B. instagram, whatsapp, google-business' },
          required: true,
          normalize: normalizeChannel,
          schema: (schemas) => schemas.audienceSchema.shape.channels,
          suggest: ({ root }) => {
            const goalChannels = ((root.goals as Data[] | undefined) ?? []).flatMap((goal) => (Array.isArray(goal.channels) ? goal.channels : []));
            return goalChannels.length > 0 ? [...new Set(goalChannels)] : undefined;
          },
        },
        {
          kind: 'text',
          id: 'audiences.location',
          path: ['location'],
          message: { en: 'Where do they live or work?', de: 'Wo leben oder arbeiten sie?' },
          schema: (schemas) => schemas.audienceSchema.shape.location,
        },
        {
          kind: 'text',
          id: 'audiences.age',
          path: ['age'],
          message: { en: 'Age or age range', de: 'Alter oder Altersspanne' },
          hint: { en: 'e.g. 25-65', de: 'z. B. 25-65' },
          schema: (schemas) => schemas.audienceSchema.shape.age,
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// 3. Team

const team: SectionSpec = {
  id: 'team',
  intro: {
    en: 'Social media does not get done on the side, and it needs backing from the top: one person owns it, an executive sponsor backs it, and time and money are budgeted.',
    de: 'Social Media erledigt sich nicht nebenbei, und es ist Chefsache: Eine Person ist verantwortlich, jemand aus der Geschäftsleitung steht dahinter, Zeit und Geld sind eingeplant.',
  },
  question: {
    en: "3. Who takes care of it, and how is it coordinated? (The boss's business)",
    de: '3. Wer kümmert sich darum, und wie wird koordiniert? (Chefsache)',
  },
  steps: [
    {
      kind: 'text',
      id: 'team.owner.name',
      essential: true,
      path: ['team', 'owner', 'name'],
      message: { en: 'Who takes care of social media? A person, not a team', de: 'Wer kümmert sich um Social Media? Eine Person, kein Team' },
      required: true,
      schema: (schemas) => schemas.personSchema.shape.name,
    },
    {
      kind: 'text',
      id: 'team.owner.role',
      path: ['team', 'owner', 'role'],
      message: { en: 'Their role in the company', de: 'Ihre oder seine Rolle im Unternehmen' },
      schema: (schemas) => schemas.personSchema.shape.role,
    },
    {
      kind: 'text',
      id: 'team.executive_sponsor.name',
      essential: true,
      path: ['team', 'executive_sponsor', 'name'],
      message: { en: 'Executive sponsor: who in the management backs it?', de: 'Wer aus der Geschäftsleitung steht dahinter (Chefsache)?' },
      hint: {
        en: 'Without an executive sponsor, social media loses every fight for time and budget.',
        de: 'Ohne Rückendeckung der Geschäftsleitung verliert Social Media jeden Kampf um Zeit und Budget.',
      },
      required: true,
      schema: (schemas) => schemas.personSchema.shape.name,
    },
    {
      kind: 'text',
      id: 'team.executive_sponsor.role',
      path: ['team', 'executive_sponsor', 'role'],
      message: { en: 'Their role', de: 'Ihre oder seine Rolle' },
      schema: (schemas) => schemas.personSchema.shape.role,
    },
    {
      kind: 'text',
      id: 'team.deputy.name',
      path: ['team', 'deputy', 'name'],
      message: { en: 'Who stands in for the owner?', de: 'Wer vertritt die verantwortliche Person?' },
      schema: (schemas) => schemas.personSchema.shape.name,
    },
    {
      kind: 'text',
      id: 'team.deputy.role',
      path: ['team', 'deputy', 'role'],
      message: { en: "The deputy's role", de: 'Rolle der Vertretung' },
      schema: (schemas) => schemas.personSchema.shape.role,
      // the sponsor's role was asked already when the sponsor is the deputy too
      when: ({ root }) => personName(root, 'deputy') !== undefined && personName(root, 'deputy') !== personName(root, 'executive_sponsor'),
    },
    {
      kind: 'number',
      id: 'team.hours_per_week',
      essential: true,
      path: ['team', 'hours_per_week'],
      message: { en: 'Working hours per week for social media', de: 'Arbeitsstunden pro Woche für Social Media' },
      schema: (schemas) => schemas.teamSchema.shape.hours_per_week,
    },
    {
      kind: 'money',
      id: 'team.hourly_rate',
      essential: true,
      path: ['team', 'hourly_rate'],
      message: { en: 'Staff cost per hour (for ROI)', de: 'Personalkosten pro Stunde (für den ROI)' },
      schema: (schemas) => schemas.teamSchema.shape.hourly_rate,
    },
    {
      kind: 'money',
      id: 'team.budget.amount',
      essential: true,
      path: ['team', 'budget', 'amount'],
      message: { en: 'Money budget for ads, tools, content: amount', de: 'Geldbudget für Anzeigen, Werkzeuge, Inhalte: Betrag' },
      schema: (schemas) => schemas.budgetSchema.shape.amount,
    },
    {
      kind: 'select',
      id: 'team.budget.period',
      essential: true,
      path: ['team', 'budget', 'period'],
      message: { en: 'The amount is', de: 'Der Betrag gilt' },
      choices: (schemas) => choicesOf(schemas.budgetPeriods, PER_PERIOD),
      suggest: () => 'month',
      when: ({ root }) => typeof getIn(root, ['team', 'budget', 'amount']) === 'number',
    },
    {
      kind: 'text',
      id: 'team.coordination',
      path: ['team', 'coordination'],
      message: { en: 'How do the people involved coordinate?', de: 'Wie stimmen sich die Beteiligten ab?' },
      hint: { en: 'e.g. "15 minutes every Monday"', de: 'z. B. „montags 15 Minuten“' },
      schema: (schemas) => schemas.teamSchema.shape.coordination,
    },
    {
      kind: 'text',
      id: 'team.approval',
      path: ['team', 'approval'],
      message: { en: 'Who approves what before it is posted?', de: 'Wer gibt was vor dem Veröffentlichen frei?' },
      schema: (schemas) => schemas.teamSchema.shape.approval,
    },
    {
      kind: 'select',
      id: 'team.reporting.cadence',
      path: ['team', 'reporting', 'cadence'],
      message: { en: 'How often are results reported?', de: 'Wie oft wird über die Ergebnisse berichtet?' },
      choices: (schemas) => choicesOf(schemas.reportingCadences, CADENCE_LABELS),
      suggest: () => 'monthly',
    },
    {
      kind: 'text',
      id: 'team.reporting.to',
      path: ['team', 'reporting', 'to'],
      message: { en: 'To whom?', de: 'An wen?' },
      schema: (schemas) => schemas.reportingSchema.shape.to,
      suggest: ({ root }) => personName(root, 'executive_sponsor'),
    },
  ],
};

// ---------------------------------------------------------------------------
// 4. Employees

const employees: SectionSpec = {
  id: 'employees',
  intro: {
    en: 'Every employee is a voice of the company on the web, planned or not. Short, clear guidelines protect them and the company, and involving them turns them into ambassadors.',
    de: 'Alle Mitarbeitenden sind im Netz eine Stimme des Unternehmens, ob geplant oder nicht. Kurze, klare Regeln schützen sie und das Unternehmen, und wer sie einbezieht, gewinnt Botschafter.',
  },
  question: {
    en: '4. How do we involve every employee, and which rules apply?',
    de: '4. Wie beziehen wir alle Mitarbeitenden ein, und welche Regeln gelten?',
  },
  steps: [
    {
      kind: 'text',
      id: 'employees.involvement',
      path: ['employees', 'involvement'],
      message: { en: 'How do all employees take part?', de: 'Wie machen alle Mitarbeitenden mit?' },
      hint: { en: 'e.g. "everyone may share posts; ideas go to the owner"', de: 'z. B. „alle dürfen Beiträge teilen; Ideen gehen an die Verantwortliche“' },
      schema: (schemas) => schemas.employeesSchema.shape.involvement,
    },
    {
      kind: 'list',
      id: 'employees.spokespeople',
      path: ['employees', 'spokespeople'],
      message: { en: 'Who may speak for the company? (comma-separated)', de: 'Wer darf für das Unternehmen sprechen? (durch Kommas getrennt)' },
      schema: (schemas) => schemas.employeesSchema.shape.spokespeople,
      suggest: ({ root }) => {
        const names = [personName(root, 'executive_sponsor'), personName(root, 'owner')].filter((name): name is string => name !== undefined);
        return names.length > 0 ? [...new Set(names)] : undefined;
      },
    },
    {
      kind: 'text',
      id: 'employees.training',
      path: ['employees', 'training'],
      message: { en: 'How do employees learn the guidelines?', de: 'Wie lernen die Mitarbeitenden die Regeln kennen?' },
      schema: (schemas) => schemas.employeesSchema.shape.training,
    },
    {
      kind: 'group',
      id: 'employees.guidelines',
      path: ['employees', 'guidelines'],
      item: { en: 'Guideline {n}', de: 'Regel {n}' },
      recommended: 3,
      another: { en: 'Add another guideline?', de: 'Noch eine Regel hinzufügen?' },
      fewer: {
        en: 'At least {recommended} guidelines are recommended; you have {count}. Add another?',
        de: 'Mindestens {recommended} Regeln sind empfohlen; Sie haben {count}. Noch eine?',
      },
      advice: (items, language) => {
        const open = missing(RECOMMENDED_TOPICS, items, 'topic');
        return open.length === 0
          ? undefined
          : {
              message: { en: 'Not covered yet: {topics}.', de: 'Noch nicht geregelt: {topics}.' },
              data: { topics: labelList(open, TOPIC_LABELS, language) },
            };
      },
      fields: [
        {
          kind: 'select',
          id: 'employees.guidelines.topic',
          essential: true,
          path: ['topic'],
          message: { en: 'What is the guideline about?', de: 'Worum geht es in der Regel?' },
          choices: (schemas) => choicesOf(schemas.guidelineTopics, TOPIC_LABELS),
          suggest: ({ siblings }) => missing(RECOMMENDED_TOPICS, siblings, 'topic')[0],
        },
        {
          kind: 'text',
          id: 'employees.guidelines.rule',
          essential: true,
          path: ['rule'],
          message: { en: 'The guideline, in one or two sentences', de: 'Die Regel in ein oder zwei Sätzen' },
          // an example for the topic just chosen, not always the disclosure one
          explain: ({ scope, language }) => {
            const example = GUIDELINE_EXAMPLES[(scope.topic as EnumValue<'guidelineTopics'> | undefined) ?? 'disclosure'];
            return { message: { en: 'e.g. "{example}"', de: 'z. B. „{example}“' }, data: { example: example[language] } };
          },
          required: true,
          schema: (schemas) => schemas.guidelineSchema.shape.rule,
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// 5. Criticism

const criticism: SectionSpec = {
  id: 'criticism',
  intro: {
    en: 'Criticism on the web is public, and anyone can read how you respond. Decide in advance who answers, how fast, and when it goes to the boss, so that nobody improvises under pressure.',
    de: 'Kritik im Netz ist öffentlich, und alle können lesen, wie Sie reagieren. Legen Sie vorher fest, wer antwortet, wie schnell und wann es zur Chefin oder zum Chef geht, damit niemand unter Druck improvisiert.',
  },
  question: {
    en: '5. How do we deal with public criticism and resistance?',
    de: '5. Wie gehen wir mit öffentlicher Kritik und Widerstand um?',
  },
  steps: [
    {
      kind: 'text',
      id: 'criticism.monitoring',
      path: ['criticism', 'monitoring'],
      message: { en: 'Who watches comments, reviews and mentions, and how often?', de: 'Wer liest Kommentare, Bewertungen und Erwähnungen, und wie oft?' },
      schema: (schemas) => schemas.criticismSchema.shape.monitoring,
    },
    {
      kind: 'number',
      id: 'criticism.response_time_hours',
      essential: true,
      path: ['criticism', 'response_time_hours'],
      message: { en: 'Within how many hours is public criticism answered?', de: 'Innerhalb wie vieler Stunden wird öffentliche Kritik beantwortet?' },
      hint: { en: 'More than 24 hours feels like silence.', de: 'Mehr als 24 Stunden wirken wie Schweigen.' },
      required: true,
      schema: (schemas) => schemas.criticismSchema.shape.response_time_hours,
    },
    {
      kind: 'text',
      id: 'criticism.deletion_policy',
      path: ['criticism', 'deletion_policy'],
      message: { en: 'What is deleted or hidden, and what never is?', de: 'Was wird gelöscht oder verborgen, und was nie?' },
      hint: { en: 'Deleting criticism makes it worse; insults and spam are another matter.', de: 'Gelöschte Kritik wird lauter; Beleidigungen und Spam sind etwas anderes.' },
      schema: (schemas) => schemas.criticismSchema.shape.deletion_policy,
    },
    {
      kind: 'group',
      id: 'criticism.escalation',
      path: ['criticism', 'escalation'],
      item: { en: 'Escalation level {n}', de: 'Eskalationsstufe {n}' },
      recommended: 2,
      numbered: 'level',
      another: { en: 'Add another escalation level?', de: 'Noch eine Eskalationsstufe hinzufügen?' },
      fewer: {
        en: 'At least {recommended} escalation levels are recommended; you have {count}. Add another?',
        de: 'Mindestens {recommended} Eskalationsstufen sind empfohlen; Sie haben {count}. Noch eine?',
      },
      fields: [
        {
          kind: 'text',
          id: 'criticism.escalation.trigger',
          path: ['trigger'],
          message: { en: 'What raises criticism to this level?', de: 'Was hebt Kritik auf diese Stufe?' },
          hint: { en: 'e.g. "a single complaint", "several complaints or a press enquiry"', de: 'z. B. „eine einzelne Beschwerde“, „mehrere Beschwerden oder eine Presseanfrage“' },
          schema: (schemas) => schemas.escalationLevelSchema.shape.trigger,
        },
        {
          kind: 'text',
          id: 'criticism.escalation.who',
          path: ['who'],
          message: { en: 'Who acts at this level? A person', de: 'Wer handelt auf dieser Stufe? Eine Person' },
          required: true,
          schema: (schemas) => schemas.escalationLevelSchema.shape.who,
          suggest: ({ root, siblings }) => personName(root, siblings.length === 0 ? 'owner' : 'executive_sponsor'),
        },
        {
          kind: 'number',
          id: 'criticism.escalation.within_hours',
          path: ['within_hours'],
          message: { en: 'Within how many hours?', de: 'Innerhalb wie vieler Stunden?' },
          schema: (schemas) => schemas.escalationLevelSchema.shape.within_hours,
        },
      ],
    },
    {
      kind: 'group',
      id: 'criticism.scenarios',
      path: ['criticism', 'scenarios'],
      item: { en: 'Scenario {n}', de: 'Szenario {n}' },
      recommended: 3,
      another: { en: 'Plan for another kind of criticism?', de: 'Noch eine Art von Kritik planen?' },
      fewer: {
        en: 'At least {recommended} scenarios are recommended; you have {count}. Add another?',
        de: 'Mindestens {recommended} Szenarien sind empfohlen; Sie haben {count}. Noch eines?',
      },
      advice: (items, language) => {
        const open = missing(RECOMMENDED_SCENARIOS, items, 'type');
        return open.length === 0
          ? undefined
          : {
              message: { en: 'No plan yet for: {types}.', de: 'Noch kein Plan für: {types}.' },
              data: { types: labelList(open, SCENARIO_LABELS, language) },
            };
      },
      fields: [
        {
          kind: 'select',
          id: 'criticism.scenarios.type',
          path: ['type'],
          message: { en: 'What happens?', de: 'Was passiert?' },
          choices: (schemas) => choicesOf(schemas.scenarioTypes, SCENARIO_LABELS),
          suggest: ({ siblings }) => missing(RECOMMENDED_SCENARIOS, siblings, 'type')[0],
        },
        {
          kind: 'text',
          id: 'criticism.scenarios.response',
          path: ['response'],
          message: { en: 'How will you respond? (decide it now, not in the moment)', de: 'Wie reagieren Sie? (jetzt festlegen, nicht erst im Ernstfall)' },
          required: true,
          schema: (schemas) => schemas.scenarioSchema.shape.response,
        },
      ],
    },
  ],
};

/** The basics and the five questions, in the order they are asked and written. */
export const INTERVIEW: readonly SectionSpec[] = [basics, goals, audiences, team, employees, criticism];

export function sectionSpec(id: SectionSpec['id']): SectionSpec {
  const spec = INTERVIEW.find((section) => section.id === id);
  if (!spec) throw new Error(`no interview section ${id}`);
  return spec;
}

/** Every field of the interview with its group, for tests and docs. */
export function allFields(): { field: Field; group?: Group; section: SectionSpec }[] {
  return INTERVIEW.flatMap((section) =>
    section.steps.flatMap((step) =>
      step.kind === 'group' ? step.fields.map((field) => ({ field, group: step, section })) : [{ field: step, section }],
    ),
  );
}
