// Prompt-level tests: each section of the interview asked through the real
// @inquirer prompts on @inquirer/testing's screen, answered by question id.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { askSection } from '../../src/interview/ask.js';
import { sectionSpec } from '../../src/interview/questions.js';
import { loadTemplate } from '../../src/interview/templates.js';
import { CLEAR, drive, ENTER, testContext, type Script } from '../helpers/interview.js';
import type { Data } from '../../src/interview/data.js';

const TODAY = '2027-01-01';

async function ask(section: Parameters<typeof sectionSpec>[0], language: 'en' | 'de', script: Script, data: Record<string, unknown> = {}) {
  const context = testContext(language, TODAY);
  return drive(screen, () => askSection(sectionSpec(section), data, context), context, script);
}

describe('basics', () => {
  it('asks for the company and the start, re-asking an invalid country and date with the reason', async () => {
    const { result, errors, asked } = await ask('basics', 'en', {
      'company.name': 'Kiosk Müller',
      'company.size': { select: 'micro' },
      'company.industry': 'Retail',
      'company.country': ['Germany', 'de'],
      'company.currency': ENTER,
      started: ['2027-02-30', '2027-02-01'],
      next_review: ENTER,
    });
    expect(asked).toEqual(['company.name', 'company.size', 'company.industry', 'company.country', 'company.currency', 'started', 'next_review']);
    expect(errors.map((error) => error.id)).toEqual(['company.country', 'started']);
    expect(errors[0]!.screen).toContain('"Germany" is not a country code');
    expect(errors[1]!.screen).toContain('"2027-02-30" is not a calendar date');
    // what was typed is still there under the reason
    expect(errors[1]!.screen).toMatch(/2027-02-30\s*\n> /);
    expect(result).toEqual({
      company: { name: 'Kiosk Müller', size: 'micro', industry: 'Retail', country: 'DE', currency: 'EUR' },
      started: '2027-02-01',
      next_review: '2027-05-01',
    });
  });

  it('speaks German with --lang de, and accepts DD.MM.YYYY', async () => {
    const { result, errors } = await ask('basics', 'de', {
      'company.name': ['', 'Bäckerei Kunz'],
      'company.size': { select: undefined },
      'company.industry': ENTER,
      'company.country': ENTER,
      'company.currency': ENTER,
      started: '15.01.2027',
      next_review: ['2026-12-31', ENTER],
    });
    expect(errors[0]!.screen).toContain('Hier wird eine Antwort gebraucht.');
    expect(errors[1]!.screen).toContain('31.12.2026 liegt in der Vergangenheit (heute ist der 01.01.2027)');
    expect(result).toEqual({ company: { name: 'Bäckerei Kunz', currency: 'EUR' }, started: '2027-01-15', next_review: '2027-04-15' });
  });
});

describe('goals', () => {
  it('asks every follow-up of a goal and re-asks a non-number, a past deadline and a date that does not exist', async () => {
    const { result, errors, screens, printed } = await ask('goals', 'en', {
      'goals.objective': 'Commuters pre-order breakfast via Instagram messages',
      'goals.id': ENTER,
      'goals.type': { select: 'sales' },
      'goals.channels': 'Instagram, WhatsApp',
      'goals.kpi.metric': 'Pre-orders per week',
      'goals.kpi.source': 'Tally at the till',
      'goals.kpi.unit': 'pre-orders',
      'goals.kpi.per': ENTER,
      'goals.kpi.baseline': ['a few', '0'],
      'goals.kpi.target': ['0', '30'],
      'goals.kpi.deadline': ['2026-06-30', '2027-02-30', '2027-09-30'],
      'goals.business_outcome': 'Extra sales before 8 am',
      'goals.value_per_unit': '3.50 × 40 %',
      'goals.another': false,
    });
    expect(errors.map((error) => error.id)).toEqual(['goals.kpi.baseline', 'goals.kpi.target', 'goals.kpi.deadline', 'goals.kpi.deadline']);
    expect(errors[0]!.screen).toContain('"a few" is not a number');
    expect(errors[1]!.screen).toContain('The target equals the baseline (0)');
    expect(errors[2]!.screen).toContain('2026-06-30 is in the past (today is 2027-01-01)');
    expect(errors[3]!.screen).toContain('"2027-02-30" is not a calendar date');
    // a rate: the value of one is its margin, with an example in the goal's own figures (30 more a week over a year when no start is known, at 10 each)
    expect(screens.get('goals.kpi.per')).toContain('a number per week (e.g. orders per week)');
    expect(screens.get('goals.value_per_unit')).toContain('Value for the ROI (optional): what does one of "pre-orders" bring you, in EUR? Its margin, not its price.');
    expect(printed).toContain('  E.g. at 10 EUR margin each, 30 more per week for 12 months bring about 15,654 EUR. Price × margin works too: 35.50 × 40 %.');
    expect(result).toEqual({
      goals: [
        {
          objective: 'Commuters pre-order breakfast via Instagram messages',
          id: 'commuters-pre-order-breakfast',
          type: 'sales',
          channels: ['instagram', 'whatsapp'],
          kpi: { metric: 'Pre-orders per week', source: 'Tally at the till', unit: 'pre-orders', per: 'week', baseline: 0, target: 30, deadline: '2027-09-30' },
          business_outcome: 'Extra sales before 8 am',
          value_per_unit: 1.4,
        },
      ],
    });
  });

  it('nudges a vague objective: quotes the phrase and asks for the number that makes it measurable', async () => {
    const { screens, result } = await ask('goals', 'en', {
      'goals.objective': 'More followers on Instagram',
      'goals.id': 'followers',
      'goals.type': { select: 'awareness' },
      'goals.channels': 'instagram',
      'goals.kpi.metric': 'Instagram followers from Leipzig',
      'goals.kpi.source': ENTER,
      'goals.kpi.unit': ENTER,
      'goals.kpi.per': ENTER,
      'goals.kpi.baseline': '120',
      'goals.kpi.target': '600',
      'goals.kpi.deadline': '2027-06-30',
      'goals.business_outcome': ENTER,
      'goals.value_per_unit': ENTER,
      'goals.another': false,
    });
    expect(screens.get('goals.kpi.metric')).toContain('"More followers" cannot be measured as it stands');
    expect(screens.get('goals.kpi.target')).toContain('Which number would make "More followers" measurable?');
    expect((result.goals as { kpi: unknown }[])[0]!.kpi).toEqual({ metric: 'Instagram followers from Leipzig', baseline: 120, target: 600, deadline: '2027-06-30' });
  });

  it('nudges in German too, and refuses an id that another goal has', async () => {
    const { screens, errors, result } = await ask('goals', 'de', {
      'goals.objective': ['Mehr Reichweite für den Laden', 'Anfragen über LinkedIn'],
      'goals.id': ['reichweite', 'reichweite', 'anfragen'],
      'goals.type': [{ select: 'awareness' }, { select: 'leads' }],
      'goals.channels': ['instagram', 'linkedin'],
      'goals.kpi.metric': ['Profilbesuche pro Monat', 'Anfragen pro Monat'],
      'goals.kpi.source': [ENTER, ENTER],
      'goals.kpi.unit': [ENTER, ENTER],
      'goals.kpi.per': [ENTER, ENTER],
      'goals.kpi.baseline': ['1.000', '1000', '2'],
      'goals.kpi.target': ['1500,5', '8'],
      'goals.kpi.deadline': ['31.12.2027', '2027-12-31'],
      'goals.business_outcome': [ENTER, ENTER],
      'goals.value_per_unit': [ENTER, ENTER],
      'goals.another': [true, false],
    });
    expect(screens.get('goals.kpi.target')).not.toContain('messbar'); // the second goal is not vague
    expect(errors.map((error) => error.id)).toEqual(['goals.kpi.baseline', 'goals.id']);
    expect(errors[0]!.screen).toContain('„1.000“ lässt sich zweifach lesen');
    expect(errors[1]!.screen).toContain('Die Kennung „reichweite“ ist in dieser Liste schon vergeben');
    const goals = result.goals as { id: string; kpi: { baseline: number; target: number; deadline: string } }[];
    expect(goals.map((item) => item.id)).toEqual(['reichweite', 'anfragen']);
    expect(goals[0]!.kpi).toMatchObject({ per: 'month', baseline: 1000, target: 1500.5, deadline: '2027-12-31' });
  });

  const followers = (answers: Script): Script => ({
    'goals.objective': 'Mehr Follower auf Instagram',
    'goals.id': 'follower',
    'goals.type': { select: 'awareness' },
    'goals.channels': 'instagram',
    'goals.kpi.metric': 'Instagram-Follower',
    'goals.kpi.source': ENTER,
    'goals.kpi.unit': 'Follower',
    'goals.kpi.per': ENTER,
    'goals.kpi.baseline': '120',
    'goals.kpi.deadline': '2027-06-30',
    'goals.business_outcome': ENTER,
    'goals.value_per_unit': ENTER,
    'goals.another': false,
    ...answers,
  });
  const kpiOf = (result: Data) => (result.goals as { kpi: Data }[])[0]!.kpi;

  it('takes a target as a change from the baseline and shows the number it stores', async () => {
    const raised = await ask('goals', 'de', followers({ 'goals.kpi.target': '+10 %' }));
    expect(kpiOf(raised.result)).toMatchObject({ baseline: 120, target: 132 });
    expect(raised.printed).toContain('  Die Zahl selbst oder eine Änderung zum Ausgangswert: +10 %, +200, -25 %');
    const added = await ask('goals', 'de', followers({ 'goals.kpi.target': '+200', 'goals.value_per_unit': '2 €' }));
    expect(kpiOf(added.result)).toMatchObject({ baseline: 120, target: 320 });
    expect((added.result.goals as Data[])[0]!.value_per_unit).toBe(2);
    // a count: what one more is worth over the whole strategy, with a way to estimate it from 200 more
    expect(added.screens.get('goals.value_per_unit')).toContain('Wert für den ROI (freiwillig): Was ist Ihnen eins mehr von „Follower“ über die ganze Laufzeit wert, in EUR?');
    expect(added.printed).toContain('  Zum Schätzen: Werden 2 von 100 neuen zu Kunden und bringt jeder 40 Marge, ist einer 0,80 wert; 200 mehr sind dann 160 EUR wert.');
  });

  it('asks which way is meant when the words say more and the target is lower', async () => {
    // "less is better" keeps the target and says so in the file
    const fewer = await ask('goals', 'de', followers({ 'goals.kpi.target': '80', 'goals.kpi.direction': { select: 'decrease' } }));
    expect(fewer.screens.get('goals.kpi.direction')).toContain('„Mehr Follower auf Instagram“ klingt nach mehr, aber der Zielwert 80 liegt unter dem Ausgangswert 120.');
    expect(kpiOf(fewer.result)).toMatchObject({ baseline: 120, target: 80, direction: 'decrease' });
    // "more is better": the target is asked again, and must now lie above the baseline
    const more = await ask('goals', 'de', followers({ 'goals.kpi.target': '80', 'goals.kpi.direction': { select: 'increase' }, 'goals.kpi.target.again': ['100', '800'] }));
    expect(more.errors.map((error) => error.id)).toEqual(['goals.kpi.target.again']);
    expect(more.errors[0]!.screen).toContain('100 liegt nicht über dem Ausgangswert 120, und die Zahl soll steigen');
    expect(kpiOf(more.result)).toMatchObject({ baseline: 120, target: 800, direction: 'increase' });
    // words and target agree: no question
    const agreed = await ask('goals', 'de', followers({ 'goals.kpi.target': '600' }));
    expect(agreed.asked).not.toContain('goals.kpi.direction');
    expect(kpiOf(agreed.result)).not.toHaveProperty('direction');
  });

  it('offers a template as defaults: Enter everywhere keeps it as it is', async () => {
    const { data } = await loadTemplate('kiosk', 'de', TODAY);
    const enters = (count: number) => Array.from({ length: count }, () => ENTER);
    const fields = ['goals.objective', 'goals.id', 'goals.type', 'goals.channels', 'goals.kpi.metric', 'goals.kpi.source', 'goals.kpi.unit', 'goals.kpi.per', 'goals.kpi.baseline', 'goals.kpi.target', 'goals.kpi.deadline', 'goals.business_outcome', 'goals.value_per_unit'];
    const script: Script = Object.fromEntries(fields.map((id) => [id, enters(3)]));
    script['goals.another'] = enters(3);
    const { result, screens } = await ask('goals', 'de', script, data);
    expect(result.goals).toEqual(data.goals);
    expect(screens.get('goals.another')).toContain('(j/N)'); // no more template goals: the default turns to no
  });
});

describe('audiences', () => {
  it('collects target groups, insists on channels and writes channels one way', async () => {
    const { result, errors, screens } = await ask(
      'audiences',
      'de',
      {
        'audiences.name': 'Pendler an der Haltestelle',
        'audiences.id': ENTER,
        'audiences.description': ENTER,
        'audiences.needs': 'Frühstück ohne Warten, Kaffee zum Mitnehmen',
        'audiences.channels': [CLEAR, 'Instagram, Google Business'],
        'audiences.location': 'Hannover-Linden',
        'audiences.age': '20-55',
        'audiences.another': false,
      },
      { goals: [{ id: 'x', channels: ['instagram'] }] },
    );
    expect(screens.get('audiences.channels')).toContain('(instagram)'); // suggested from the goals
    expect(errors[0]!.screen).toContain('Hier wird eine Antwort gebraucht.');
    expect(result.audiences).toEqual([
      {
        name: 'Pendler an der Haltestelle',
        id: 'pendler-an-der-haltestelle',
        needs: ['Frühstück ohne Warten', 'Kaffee zum Mitnehmen'],
        channels: ['instagram', 'google-business'],
        location: 'Hannover-Linden',
        age: '20-55',
      },
    ]);
  });
});

describe('team', () => {
  it('names owner and executive sponsor, skips what is not asked and re-asks an ambiguous number', async () => {
    const { result, asked, errors, printed } = await ask('team', 'en', {
      'team.owner.name': 'Anna Müller',
      'team.owner.role': 'Social media',
      'team.executive_sponsor.name': 'Karl Müller',
      'team.executive_sponsor.role': 'Owner',
      'team.deputy.name': ENTER,
      'team.hours_per_week': '3',
      'team.hourly_rate': '12,50',
      'team.budget.amount': ['1,000', '1000'],
      'team.budget.period': { select: 'year' },
      'team.coordination': 'Mondays, 15 minutes',
      'team.approval': ENTER,
      'team.reporting.cadence': ENTER,
      'team.reporting.to': ENTER,
    });
    // the idea in English words, not the German one
    expect(printed.join('\n')).toContain('it needs backing from the top');
    expect(printed.join('\n')).not.toContain('Chefsache');
    expect(asked).not.toContain('team.deputy.role');
    expect(errors[0]!.screen).toContain('"1,000" can be read two ways');
    expect(result.team).toEqual({
      owner: { name: 'Anna Müller', role: 'Social media' },
      executive_sponsor: { name: 'Karl Müller', role: 'Owner' },
      hours_per_week: 3,
      hourly_rate: 12.5,
      budget: { amount: 1000, period: 'year' },
      coordination: 'Mondays, 15 minutes',
      reporting: { cadence: 'monthly', to: 'Karl Müller' },
    });
  });

  it('drops a budget period when the amount is cleared', async () => {
    const { result, asked } = await ask(
      'team',
      'de',
      {
        'team.owner.name': ENTER,
        'team.owner.role': ENTER,
        'team.executive_sponsor.name': ENTER,
        'team.executive_sponsor.role': ENTER,
        'team.deputy.name': CLEAR,
        'team.hours_per_week': ENTER,
        'team.hourly_rate': ENTER,
        'team.budget.amount': CLEAR,
        'team.coordination': ENTER,
        'team.approval': ENTER,
        'team.reporting.cadence': ENTER,
        'team.reporting.to': ENTER,
      },
      { team: { owner: { name: 'Lea' }, executive_sponsor: { name: 'Petra' }, deputy: { name: 'Tom', role: 'Aushilfe' }, budget: { amount: 50, period: 'month' } } },
    );
    expect(asked).not.toContain('team.budget.period');
    expect(asked).not.toContain('team.deputy.role');
    expect(result.team).toEqual({ owner: { name: 'Lea' }, executive_sponsor: { name: 'Petra' }, deputy: {}, budget: {}, reporting: { cadence: 'monthly', to: 'Petra' } });
  });
});

describe('employees', () => {
  it('loops over guidelines, suggesting the recommended topics that are still missing', async () => {
    const { result, screens } = await ask(
      'employees',
      'en',
      {
        'employees.involvement': 'Everyone may share posts',
        'employees.spokespeople': ENTER,
        'employees.training': ENTER,
        'employees.guidelines.topic': [ENTER, ENTER, { select: 'privacy' }],
        'employees.guidelines.rule': ['Say that you work here.', 'No customer data.', 'Ask before taking photos.'],
        'employees.guidelines.another': [ENTER, ENTER, false],
      },
      { team: { owner: { name: 'Anna' }, executive_sponsor: { name: 'Karl' } } },
    );
    expect(screens.get('employees.guidelines.another')).toContain('Not covered yet: spokespeople.');
    expect(result.employees).toEqual({
      involvement: 'Everyone may share posts',
      spokespeople: ['Karl', 'Anna'],
      guidelines: [
        { topic: 'disclosure', rule: 'Say that you work here.' },
        { topic: 'confidentiality', rule: 'No customer data.' },
        { topic: 'privacy', rule: 'Ask before taking photos.' },
      ],
    });
  });
});

describe('criticism', () => {
  it('numbers escalation levels, recommends a second one, and plans scenarios', async () => {
    const { result, screens, errors } = await ask(
      'criticism',
      'de',
      {
        'criticism.monitoring': 'Anna liest täglich',
        'criticism.response_time_hours': ['vier', '4'],
        'criticism.deletion_policy': 'Nur Beleidigungen werden verborgen',
        'criticism.escalation.trigger': ['Einzelne Beschwerde', 'Presseanfrage'],
        'criticism.escalation.who': [ENTER, ENTER],
        'criticism.escalation.within_hours': ['4', '2'],
        'criticism.escalation.another': [ENTER, false],
        'criticism.scenarios.type': [ENTER, ENTER, ENTER],
        'criticism.scenarios.response': ['Freundlich antworten', 'Nicht füttern', 'Karl entscheidet'],
        'criticism.scenarios.another': [true, true, false],
      },
      { team: { owner: { name: 'Anna Müller' }, executive_sponsor: { name: 'Karl Müller' } } },
    );
    expect(errors[0]!.screen).toContain('„vier“ ist keine Zahl');
    expect(screens.get('criticism.escalation.another')).toContain('(j/N)');
    const criticism = result.criticism as { escalation: unknown[]; scenarios: { type: string }[] };
    expect(criticism.escalation).toEqual([
      { trigger: 'Einzelne Beschwerde', who: 'Anna Müller', within_hours: 4, level: 1 },
      { trigger: 'Presseanfrage', who: 'Karl Müller', within_hours: 2, level: 2 },
    ]);
    expect(criticism.scenarios.map((scenario) => scenario.type)).toEqual(['negative-review', 'troll', 'shitstorm']);
  });

  it('says why after one escalation level, and defaults to adding another', async () => {
    const { screens } = await ask('criticism', 'en', {
      'criticism.monitoring': ENTER,
      'criticism.response_time_hours': '24',
      'criticism.deletion_policy': ENTER,
      'criticism.escalation.trigger': ENTER,
      'criticism.escalation.who': 'Anna',
      'criticism.escalation.within_hours': ENTER,
      'criticism.escalation.another': false,
      'criticism.scenarios.type': ENTER,
      'criticism.scenarios.response': 'Answer kindly',
      'criticism.scenarios.another': false,
    });
    expect(screens.get('criticism.escalation.another')).toContain('At least 2 escalation levels are recommended; you have 1. Add another? (Y/n)');
    expect(screens.get('criticism.scenarios.another')).toContain('No plan yet for: a troll, a shitstorm.');
  });
});
