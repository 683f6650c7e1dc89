import { describe, expect, it } from 'vitest';
import { finishStrategy } from '../../src/interview/build.js';
import { orderKeys, shapeAt } from '../../src/strategy/shape.js';
import { deepMerge, getIn, pruneEmpty, setIn } from '../../src/interview/data.js';
import { companyNameFromPath, defaultStrategy } from '../../src/interview/defaults.js';
import { addMonths } from '../../src/strategy/calendar.js';
import { summaryLines } from '../../src/interview/summary.js';
import { strategySchema } from '../../src/strategy/schema.js';

const options = { language: 'de' as const, today: '2027-01-01' };

describe('finishStrategy', () => {
  it('writes what init always writes, in the order of the spec, with unknown keys last', () => {
    const strategy = finishStrategy(
      {
        criticism: { response_time_hours: 4 },
        x_custom: true,
        goals: [{ kpi: { deadline: '2027-06-30', target: 600, metric: 'Follower' }, objective: 'Mehr Laufkundschaft', id: 'laufkundschaft', extra: 1 }],
        company: { currency: 'EUR', name: 'Kiosk' },
        revision: 7,
        status: 'active',
        smplan: 3,
      },
      options,
    );
    expect(Object.keys(strategy)).toEqual(['smplan', 'company', 'language', 'revision', 'status', 'updated', 'started', 'goals', 'audiences', 'team', 'employees', 'criticism', 'x_custom']);
    expect(strategy).toMatchObject({ smplan: 1, language: 'de', revision: 1, status: 'draft', updated: '2027-01-01', started: '2027-01-01', audiences: null, team: null });
    expect(Object.keys(strategy.company as object)).toEqual(['name', 'currency']);
    const goal = (strategy.goals as Record<string, unknown>[])[0]!;
    expect(Object.keys(goal)).toEqual(['id', 'objective', 'kpi', 'extra']);
    expect(Object.keys(goal.kpi as object)).toEqual(['metric', 'target', 'deadline']);
  });

  it('keeps a start date that was answered, and drops empty leftovers', () => {
    const strategy = finishStrategy({ company: { name: 'K' }, started: '2027-02-01', team: { owner: { name: 'Anna' }, deputy: {}, budget: {} } }, options);
    expect(strategy.started).toBe('2027-02-01');
    expect(strategy.team).toEqual({ owner: { name: 'Anna' } });
  });

  it('is valid against the schema for the defaults alone', () => {
    const strategy = finishStrategy(defaultStrategy('Bäckerei Kunz', options), options);
    expect(strategySchema.safeParse(Object.fromEntries(Object.entries(strategy).filter(([, value]) => value !== null))).success).toBe(true);
  });

  it('orders keys inside lists by their element schema', () => {
    expect(Object.keys((orderKeys([{ rule: 'r', topic: 'privacy' }], shapeAt('employees', 'guidelines')) as object[])[0]!)).toEqual(['topic', 'rule']);
  });
});

describe('defaults', () => {
  it('guesses the company name from a *.smplan.yaml name, else from the folder', () => {
    expect(companyNameFromPath('clients/baeckerei-kunz.smplan.yaml', 'de')).toBe('Baeckerei Kunz');
    expect(companyNameFromPath('/srv/kiosk_mueller/smplan.yaml', 'en')).toBe('Kiosk Mueller');
    expect(companyNameFromPath('/smplan.yaml', 'de')).toBe('Mein Unternehmen');
    expect(companyNameFromPath('/2027/smplan.yaml', 'en')).toBe('My company');
  });

  it('reviews three months after the start, on the last day of a shorter month', () => {
    expect(addMonths('2027-01-01', 3)).toBe('2027-04-01');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(defaultStrategy('K', options)).toEqual({ company: { name: 'K', currency: 'EUR' }, language: 'de', started: '2027-01-01', next_review: '2027-04-01' });
  });
});

describe('data helpers', () => {
  it('merges answers over a template: mappings merge, lists replace, null removes', () => {
    const base = { company: { name: 'Kiosk', size: 'micro' }, goals: [{ id: 'a' }, { id: 'b' }], team: { owner: { name: 'Lea' } } };
    const merged = deepMerge(base, { company: { name: 'Bäckerei' }, goals: [{ id: 'c' }], team: null, language: 'en' });
    expect(merged).toEqual({ company: { name: 'Bäckerei', size: 'micro' }, goals: [{ id: 'c' }], language: 'en' });
    expect(base.goals).toHaveLength(2); // the base is not changed
  });

  it('keeps a key named __proto__ as an ordinary key', () => {
    const merged = deepMerge({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sets and deletes by path, creating what is missing', () => {
    const data: Record<string, unknown> = {};
    setIn(data, ['team', 'owner', 'name'], 'Anna');
    setIn(data, ['goals', 0, 'id'], 'x');
    expect(data).toEqual({ team: { owner: { name: 'Anna' } }, goals: [{ id: 'x' }] });
    setIn(data, ['team', 'owner', 'name'], undefined);
    setIn(data, ['team', 'deputy', 'name'], undefined);
    expect(data.team).toEqual({ owner: {} });
    expect(getIn(data, ['goals', 0, 'id'])).toBe('x');
    expect(pruneEmpty(data)).toEqual({ goals: [{ id: 'x' }] });
  });
});

describe('summary', () => {
  it('names all five answers: goals with targets and deadlines, target groups, owner and sponsor, guidelines, response time', () => {
    const lines = summaryLines(
      {
        company: { name: 'Kiosk' },
        goals: [{ id: 'vorbestellungen', kpi: { unit: 'Vorbestellungen pro Woche', baseline: 0, target: 30, deadline: '2027-09-30' } }, { id: 'ohne' }],
        team: { owner: { name: 'Lea Brandt', role: 'Kasse' }, executive_sponsor: { name: 'Petra Brandt' } },
      },
      'de',
    );
    const five = summaryLines(
      { company: { name: 'Kiosk' }, audiences: [{ name: 'Pendler', channels: ['instagram'] }], employees: { guidelines: [{ topic: 'disclosure' }] }, criticism: { response_time_hours: 4.5 } },
      'de',
    );
    expect(five).toContain('Zielgruppen: Pendler (instagram)');
    expect(five).toContain('Regeln für alle: disclosure');
    expect(five).toContain('Antwortzeit auf Kritik: 4,5 h');
    expect(lines).toEqual([
      'Unternehmen: Kiosk',
      'Ziele:',
      '  vorbestellungen: 30 Vorbestellungen pro Woche bis 30.09.2027 (Ausgangswert 0)',
      '  ohne: (keine Angabe) bis (keine Angabe) (Ausgangswert (keine Angabe))',
      'Zielgruppen: (keine Angabe)',
      'Verantwortlich: Lea Brandt (Kasse)',
      'Rückendeckung der Geschäftsleitung: Petra Brandt',
      'Regeln für alle: (keine Angabe)',
      'Antwortzeit auf Kritik: (keine Angabe)',
    ]);
    expect(summaryLines({ company: { name: 'K' } }, 'en')).toEqual([
      'Company: K',
      'Goals: none yet',
      'Target groups: (not answered)',
      'Owner: (not answered)',
      'Executive sponsor: (not answered)',
      'Guidelines for everyone: (not answered)',
      'Response time to criticism: (not answered)',
    ]);
  });
});
