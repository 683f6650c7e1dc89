/**
 * The words and number formats of the human-readable reports, in English and
 * German. Every phrase is whole, with its values as parameters, so that each
 * language can order them its own way. Dates are written as each language
 * writes them (German 31.01.2027), numbers too.
 */
import type { Language } from '../../base/message.js';
import { formatDate } from '../../base/numbers.js';
import type { GoalStatus } from '../../strategy/progress.js';
import type { GoalValue, Period } from '../../strategy/roi.js';
import type { ReportModel } from '../model.js';

type RatePeriod = NonNullable<GoalValue['per']>;

export interface Words {
  locale: string;
  title(company: string): string;
  subtitle(today: string, file: string, revision: number | null): string;
  goals: string;
  noGoals: string;
  status: Record<GoalStatus, string>;
  goal: string;
  metric: string;
  baseline: string;
  latest: string;
  target: string;
  deadline: string;
  progress: string;
  daysLeftColumn: string;
  measuredOn(value: string, date: string): string;
  noMeasurement: string;
  baselineIs(value: string): string;
  targetBy(target: string, deadline: string): string;
  daysLeft(days: number): string;
  cost: string;
  costPeriod(from: string, to: string, days: number, months: string): string;
  /** "From 29 orders a month, cakes alone pay for everything": where one goal alone pays for the whole cost. */
  breakEven(goal: string, level: string, per: string, decrease: boolean): string;
  breakEvenTitle: string;
  ratePer: Record<RatePeriod, string>;
  noPeriod: string;
  budget: string;
  staff: string;
  total: string;
  amount: string;
  valueAndRoi: string;
  valuePerUnit: string;
  planned: string;
  achieved: string;
  roi: string;
  noRoi: string;
  zeroCost: string;
  notValued: string;
  missing: string;
  chartTitle(goal: string): string;
  plan: string;
  /** Said where the plan line and the trend disagree, so that the status and the chart tell one story. */
  paceAgainstTrend(status: GoalStatus, pace: 'ahead' | 'behind' | null): string | null;
  trend: string;
  today: string;
  measurements: string;
  footer: string;
}

const en: Words = {
  locale: 'en-US',
  title: (company) => `Social media report: ${company}`,
  subtitle: (today, file, revision) => `As of ${today} · ${file}${revision === null ? '' : ` · revision ${revision}`}`,
  goals: 'Goals',
  noGoals: 'The strategy has no goals yet.',
  status: { achieved: 'achieved', 'on-track': 'on track', 'off-track': 'off track', overdue: 'overdue', 'no-data': 'no data' },
  goal: 'Goal',
  metric: 'Metric',
  baseline: 'Baseline',
  latest: 'Latest',
  target: 'Target',
  deadline: 'Deadline',
  progress: 'Progress',
  daysLeftColumn: 'Days left',
  measuredOn: (value, date) => `${value} on ${date}`,
  noMeasurement: 'no measurement yet',
  baselineIs: (value) => `baseline ${value}`,
  targetBy: (target, deadline) => `target ${target} by ${deadline}`,
  daysLeft: (days) =>
    days > 1 ? `${days} days left` : days === 1 ? '1 day left' : days === 0 ? 'due today' : days === -1 ? '1 day overdue' : `${-days} days overdue`,
  cost: 'Cost',
  costPeriod: (from, to, days, months) => `${from} to ${to}, ${days} ${days === 1 ? 'day' : 'days'} (${months} months)`,
  breakEven: (goal, level, per, decrease) => `${decrease ? 'At' : 'From'} ${level}${per}${decrease ? ' or less' : ''}, goal "${goal}" alone pays for everything`,
  breakEvenTitle: 'Break-even',
  ratePer: { day: ' a day', week: ' a week', month: ' a month', quarter: ' a quarter', year: ' a year' },
  noPeriod: 'No period to compute the cost for.',
  budget: 'Money budget',
  staff: 'Staff time',
  total: 'Total',
  amount: 'Amount',
  valueAndRoi: 'Value and ROI',
  valuePerUnit: 'Value per unit',
  planned: 'Planned',
  achieved: 'Achieved',
  roi: 'ROI',
  noRoi: 'No ROI can be computed yet.',
  zeroCost: 'No ROI: the cost is zero.',
  notValued: 'Not valued (no value_per_unit)',
  missing: 'Missing for cost and ROI',
  chartTitle: (goal) => `${goal}: measurements over time`,
  plan: 'plan',
  paceAgainstTrend: (status, pace) =>
    status === 'off-track' && pace === 'ahead'
      ? 'Ahead of the plan so far, but the trend of the measurements misses the target by the deadline.'
      : status === 'on-track' && pace === 'behind'
        ? 'Behind the plan so far, but the trend of the measurements reaches the target by the deadline.'
        : null,
  trend: 'trend',
  today: 'today',
  measurements: 'Measurements',
  footer: 'Made with smplan from the strategy file; money rounded to cents for display.',
};

const de: Words = {
  locale: 'de-DE',
  title: (company) => `Social-Media-Bericht: ${company}`,
  subtitle: (today, file, revision) => `Stand ${formatDate(today, 'de')} · ${file}${revision === null ? '' : ` · Revision ${revision}`}`,
  goals: 'Ziele',
  noGoals: 'Die Strategie hat noch keine Ziele.',
  status: { achieved: 'erreicht', 'on-track': 'im Plan', 'off-track': 'nicht im Plan', overdue: 'überfällig', 'no-data': 'keine Daten' },
  goal: 'Ziel',
  metric: 'Kennzahl',
  baseline: 'Ausgangswert',
  latest: 'Zuletzt',
  target: 'Zielwert',
  deadline: 'Frist',
  progress: 'Fortschritt',
  daysLeftColumn: 'Tage übrig',
  measuredOn: (value, date) => `${value} am ${formatDate(date, 'de')}`,
  noMeasurement: 'noch kein Messwert',
  baselineIs: (value) => `Ausgangswert ${value}`,
  targetBy: (target, deadline) => `Zielwert ${target} bis ${formatDate(deadline, 'de')}`,
  daysLeft: (days) =>
    days > 1 ? `noch ${days} Tage` : days === 1 ? 'noch 1 Tag' : days === 0 ? 'heute fällig' : days === -1 ? 'seit 1 Tag überfällig' : `seit ${-days} Tagen überfällig`,
  cost: 'Kosten',
  costPeriod: (from, to, days, months) => `${formatDate(from, 'de')} bis ${formatDate(to, 'de')}, ${days} ${days === 1 ? 'Tag' : 'Tage'} (${months} Monate)`,
  breakEven: (goal, level, per, decrease) => `${decrease ? 'Bei höchstens' : 'Ab'} ${level}${per} trägt sich der Auftritt allein durch das Ziel „${goal}“`,
  breakEvenTitle: 'Break-even',
  ratePer: { day: ' pro Tag', week: ' pro Woche', month: ' pro Monat', quarter: ' pro Quartal', year: ' pro Jahr' },
  noPeriod: 'Kein Zeitraum, für den sich die Kosten berechnen lassen.',
  budget: 'Budget',
  staff: 'Arbeitszeit',
  total: 'Summe',
  amount: 'Betrag',
  valueAndRoi: 'Wert und ROI',
  valuePerUnit: 'Wert je Einheit',
  planned: 'Geplant',
  achieved: 'Erreicht',
  roi: 'ROI',
  noRoi: 'Ein ROI lässt sich noch nicht berechnen.',
  zeroCost: 'Kein ROI: Die Kosten sind null.',
  notValued: 'Nicht bewertet (kein value_per_unit)',
  missing: 'Für Kosten und ROI fehlt',
  chartTitle: (goal) => `${goal}: Messwerte im Zeitverlauf`,
  plan: 'Plan',
  paceAgainstTrend: (status, pace) =>
    status === 'off-track' && pace === 'ahead'
      ? 'Bisher dem Plan voraus, aber der Trend der Messwerte verfehlt den Zielwert zur Frist.'
      : status === 'on-track' && pace === 'behind'
        ? 'Bisher hinter dem Plan, aber der Trend der Messwerte erreicht den Zielwert zur Frist.'
        : null,
  trend: 'Trend',
  today: 'heute',
  measurements: 'Messwerte',
  footer: 'Erstellt mit smplan aus der Strategiedatei; Geldbeträge für die Anzeige auf Cent gerundet.',
};

export const WORDS: Readonly<Record<Language, Words>> = { en, de };

/** Numbers, money and percentages in the report language. */
export interface Numbers {
  number(value: number | null): string;
  money(value: number | null): string;
  /** A share as whole percent: 0.19 → "19 %". */
  percent(ratio: number | null): string;
  /** A ratio with sign and one decimal: 0.2372 → "+23.7 %". */
  signedPercent(ratio: number | null): string;
  /** A measured value with the goal's unit: "210 followers". */
  amount(value: number | null, unit: string | null): string;
  /** A calendar date as the language writes it: 2027-01-31, 31.01.2027. */
  date(date: string | null): string;
}

/** Shown where a number is unknown. */
export const UNKNOWN = '–';

export function numbersFor(language: Language, currency: string): Numbers {
  const { locale } = WORDS[language];
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, signDisplay: 'negative' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay: 'negative' });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'negative' });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const known = <T>(value: number | null, format: (value: number) => T) => (value === null ? UNKNOWN : format(value));
  return {
    number: (value) => known(value, (v) => plain.format(v)),
    money: (value) => known(value, (v) => money.format(v)),
    percent: (ratio) => known(ratio, (v) => `${whole.format(v * 100)} %`),
    signedPercent: (ratio) => known(ratio, (v) => `${signed.format(v * 100)} %`),
    amount: (value, unit) => known(value, (v) => (unit ? `${plain.format(v)} ${unit}` : plain.format(v))),
    date: (date) => (date === null ? UNKNOWN : formatDate(date, language)),
  };
}

/**
 * The break-even of one valued goal in a sentence, or null when it has none
 * (no cost, no baseline) or none it could reach (a falling goal below zero).
 * The level is rounded the way it must be reached: up for a goal that rises.
 */
export function breakEvenSentence(goal: GoalValue, name: string, unit: string | null, words: Words, numbers: Numbers): string | null {
  const level = goal.breakEven;
  if (level === null) return null;
  const decrease = goal.direction === 'decrease';
  if (decrease && level < 0) return null;
  const step = Math.abs(level) >= 10 ? 1 : 10;
  const rounded = (decrease ? Math.floor(level * step) : Math.ceil(level * step)) / step;
  // "pre-orders per week" says its period already.
  const per = goal.per && !(unit && /(^|\s)(per|pro|je|a)\s|\//i.test(unit)) ? words.ratePer[goal.per] : '';
  return words.breakEven(name, numbers.amount(rounded, unit), per, decrease);
}


/** The break-even sentences of every valued goal that has one. */
export function breakEvens(model: ReportModel, words: Words, numbers: Numbers): string[] {
  return model.valued.flatMap((goal) => {
    const sentence = breakEvenSentence(goal, goal.id, model.goals.find((candidate) => candidate.id === goal.id)?.unit ?? null, words, numbers);
    return sentence === null ? [] : [sentence];
  });
}

/** "2027-01-01 to 2027-12-31, 365 days (12 months)". */
export function describePeriod(period: Period, words: Words, numbers: Numbers): string {
  return words.costPeriod(period.from, period.to, period.days, numbers.number(Math.round(period.months * 100) / 100));
}
