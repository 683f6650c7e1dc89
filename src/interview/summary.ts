/** The short summary shown before `init` asks to write the file: all five answers in a few lines. Pure. */
import { formatMessage, type Language } from '../base/message.js';
import { formatNumber } from '../base/numbers.js';
import { getIn, isMapping, type Data } from './data.js';
import { MESSAGES } from './messages.js';

function person(value: unknown, missing: string): string {
  if (!isMapping(value) || typeof value.name !== 'string') return missing;
  return typeof value.role === 'string' && value.role ? `${value.name} (${value.role})` : value.name;
}

function shown(value: unknown, missing: string): string {
  return value === undefined || value === null || value === '' ? missing : String(value);
}

export function summaryLines(data: Data, language: Language): string[] {
  const say = (message: { en: string; de: string }, values?: Record<string, string | number>) => formatMessage(message, language, values);
  const missing = say(MESSAGES.summaryMissing);
  const lines = [say(MESSAGES.summaryCompany, { name: shown(getIn(data, ['company', 'name']), missing) })];
  const goals = Array.isArray(data.goals) ? data.goals.filter(isMapping) : [];
  if (goals.length === 0) lines.push(say(MESSAGES.summaryNoGoals));
  else {
    lines.push(say(MESSAGES.summaryGoals));
    for (const goal of goals) {
      const unit = getIn(goal, ['kpi', 'unit']) ?? getIn(goal, ['kpi', 'metric']) ?? '';
      const line = say(MESSAGES.summaryGoal, {
        id: shown(goal.id, missing),
        target: shown(getIn(goal, ['kpi', 'target']), missing),
        unit: String(unit),
        deadline: shown(getIn(goal, ['kpi', 'deadline']), missing),
        baseline: shown(getIn(goal, ['kpi', 'baseline']), missing),
      });
      lines.push(`  ${line.replace(/ {2,}/g, ' ')}`);
    }
  }
  const audiences = Array.isArray(data.audiences) ? data.audiences.filter(isMapping) : [];
  const names = audiences.map((audience) => `${shown(audience.name, missing)}${Array.isArray(audience.channels) && audience.channels.length > 0 ? ` (${audience.channels.join(', ')})` : ''}`);
  lines.push(say(MESSAGES.summaryAudiences, { audiences: names.length > 0 ? names.join('; ') : missing }));
  lines.push(say(MESSAGES.summaryOwner, { person: person(getIn(data, ['team', 'owner']), missing) }));
  lines.push(say(MESSAGES.summarySponsor, { person: person(getIn(data, ['team', 'executive_sponsor']), missing) }));
  const guidelines = getIn(data, ['employees', 'guidelines']);
  const topics = Array.isArray(guidelines) ? guidelines.filter(isMapping).map((guideline) => shown(guideline.topic, missing)) : [];
  lines.push(say(MESSAGES.summaryGuidelines, { topics: topics.length > 0 ? topics.join(', ') : missing }));
  const hours = getIn(data, ['criticism', 'response_time_hours']);
  lines.push(say(MESSAGES.summaryCriticism, { hours: typeof hours === 'number' ? `${formatNumber(hours, language)} h` : missing }));
  return lines;
}
