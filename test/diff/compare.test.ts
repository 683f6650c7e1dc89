/** The semantic diff on plain data: every kind of change, and data that breaks the schema. */
import { describe, expect, it } from 'vitest';
import { compareStrategies, type Change } from '../../src/diff/compare.js';

interface TestGoal {
  id: string;
  objective?: string;
  business_outcome?: string;
  kpi: { metric?: string; unit?: string; baseline?: number; target?: number; deadline?: string };
  value_per_unit?: number;
}

function strategy() {
  const goals: TestGoal[] = [
    {
      id: 'walk-ins',
      objective: 'More walk-in customers from the neighbourhood',
      business_outcome: 'More sales in the shop',
      kpi: { metric: 'Followers from Leipzig', unit: 'followers', baseline: 120, target: 600, deadline: '2027-06-30' },
      value_per_unit: 0.5,
    },
    { id: 'reviews', objective: 'More Google reviews', kpi: { metric: 'Reviews', target: 100, deadline: '2027-12-31' } },
  ];
  return {
    smplan: 1,
    company: { name: 'Kiosk' },
    language: 'en',
    revision: 3,
    status: 'draft',
    goals,
    audiences: [
      { id: 'commuters', name: 'Commuters', channels: ['instagram'] },
      { name: 'Neighbours', channels: ['google-business'] },
    ],
    team: {
      owner: { name: 'Anna Müller', role: 'Social media' },
      executive_sponsor: { name: 'Karl Müller', role: 'Owner' },
      hours_per_week: 3,
      hourly_rate: 20,
      budget: { amount: 50, period: 'month' },
      coordination: 'Mondays, 15 minutes',
    },
    employees: {
      guidelines: [
        { topic: 'disclosure', rule: 'Say that you work here.' },
        { topic: 'confidentiality', rule: 'No customer data.' },
      ],
    },
    criticism: {
      response_time_hours: 4,
      scenarios: [
        { type: 'negative-review', response: 'Answer kindly.' },
        { type: 'troll', response: 'Do not feed.' },
      ],
    },
  };
}

type Data = ReturnType<typeof strategy>;

function diffAfter(change: (data: Data) => void): Change[] {
  const after = strategy();
  change(after);
  return compareStrategies(strategy(), after);
}

describe('compareStrategies', () => {
  it('finds nothing in equal strategies, and treats an empty value as absent', () => {
    expect(compareStrategies(strategy(), strategy())).toEqual([]);
    expect(compareStrategies({ smplan: 1, goals: null }, { smplan: 1 })).toEqual([]);
  });

  it('reports an added goal with what it is about', () => {
    const changes = diffAfter((data) => {
      data.goals.push({ id: 'leads', objective: 'Leads from LinkedIn', kpi: { metric: 'Leads', unit: 'leads', target: 40, deadline: '2027-06-30' } });
    });
    expect(changes).toEqual([
      { kind: 'goal-added', id: 'leads', to: { objective: 'Leads from LinkedIn', metric: 'Leads', unit: 'leads', target: 40, deadline: '2027-06-30' } },
    ]);
  });

  it('reports a removed goal by id, wherever the others moved', () => {
    const changes = diffAfter((data) => {
      data.goals = [data.goals[1]!];
    });
    expect(changes).toEqual([
      { kind: 'goal-removed', id: 'walk-ins', from: { objective: 'More walk-in customers from the neighbourhood', metric: 'Followers from Leipzig', unit: 'followers', baseline: 120, target: 600, deadline: '2027-06-30' } },
    ]);
    expect(compareStrategies({ goals: [{ id: 'a' }, { id: 'b' }] }, { goals: [{ id: 'b' }, { id: 'a' }] })).toEqual([]);
  });

  it('reports a retargeted goal field by field: target, deadline, baseline, metric, unit', () => {
    const changes = diffAfter((data) => {
      Object.assign(data.goals[0]!.kpi, { target: 800, deadline: '2027-09-30', baseline: 100, metric: 'Followers from Saxony', unit: 'people' });
    });
    expect(changes).toEqual([
      { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.metric', from: 'Followers from Leipzig', to: 'Followers from Saxony' },
      { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.unit', from: 'followers', to: 'people' },
      { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.baseline', from: 120, to: 100 },
      { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.target', from: 600, to: 800 },
      { kind: 'goal-retargeted', id: 'walk-ins', field: 'kpi.deadline', from: '2027-06-30', to: '2027-09-30' },
    ]);
  });

  it('reports a target that was added or dropped, without from or to', () => {
    expect(diffAfter((data) => delete (data.goals[1]!.kpi as { target?: number }).target)).toEqual([
      { kind: 'goal-retargeted', id: 'reviews', field: 'kpi.target', from: 100 },
    ]);
    expect(compareStrategies({ goals: [{ id: 'a' }] }, { goals: [{ id: 'a', kpi: { target: 5 } }] })).toEqual([
      { kind: 'goal-retargeted', id: 'a', field: 'kpi.target', to: 5 },
    ]);
  });

  it('reports a reworded objective and a new value per unit', () => {
    const changes = diffAfter((data) => {
      data.goals[0]!.objective = 'Regulars from the neighbourhood';
      data.goals[0]!.value_per_unit = 2;
    });
    expect(changes).toEqual([
      { kind: 'goal-reworded', id: 'walk-ins', field: 'objective', from: 'More walk-in customers from the neighbourhood', to: 'Regulars from the neighbourhood' },
      { kind: 'goal-revalued', id: 'walk-ins', field: 'value_per_unit', from: 0.5, to: 2 },
    ]);
  });

  it('reports a new owner and executive sponsor by name', () => {
    const changes = diffAfter((data) => {
      data.team.owner = { name: 'Lea Brandt', role: 'Social media' };
      data.team.executive_sponsor.name = 'Petra Brandt';
    });
    expect(changes).toEqual([
      { kind: 'owner-changed', field: 'team.owner.name', from: 'Anna Müller', to: 'Lea Brandt' },
      { kind: 'sponsor-changed', field: 'team.executive_sponsor.name', from: 'Karl Müller', to: 'Petra Brandt' },
    ]);
    expect(compareStrategies({ team: {} }, { team: { owner: { name: 'Lea' } } })).toEqual([{ kind: 'owner-changed', field: 'team.owner.name', to: 'Lea' }]);
  });

  it('reports budget, hours and hourly rate', () => {
    const changes = diffAfter((data) => {
      data.team.budget = { amount: 80, period: 'quarter' };
      data.team.hours_per_week = 5;
      data.team.hourly_rate = 25;
    });
    expect(changes).toEqual([
      { kind: 'cost-changed', field: 'team.hours_per_week', from: 3, to: 5 },
      { kind: 'cost-changed', field: 'team.hourly_rate', from: 20, to: 25 },
      { kind: 'cost-changed', field: 'team.budget.amount', from: 50, to: 80 },
      { kind: 'cost-changed', field: 'team.budget.period', from: 'month', to: 'quarter' },
    ]);
  });

  it('reports the response time', () => {
    expect(diffAfter((data) => (data.criticism.response_time_hours = 24))).toEqual([
      { kind: 'response-time-changed', field: 'criticism.response_time_hours', from: 4, to: 24 },
    ]);
  });

  it('reports audiences added and removed by id, or by name when they have no id', () => {
    const changes = diffAfter((data) => {
      data.audiences = [{ name: 'Neighbours', channels: ['google-business'] }, { id: 'students', name: 'Students', channels: ['tiktok'] }];
    });
    expect(changes).toEqual([
      { kind: 'audience-added', id: 'students', to: 'Students' },
      { kind: 'audience-removed', id: 'commuters', from: 'Commuters' },
    ]);
    expect(compareStrategies({ audiences: [{ name: 'A' }] }, { audiences: [{ name: 'B' }] })).toEqual([
      { kind: 'audience-added', to: 'B' },
      { kind: 'audience-removed', from: 'A' },
    ]);
    expect(compareStrategies({ audiences: [] }, { audiences: [{ channels: ['x'] }] })).toEqual([{ kind: 'audience-added', id: '#1' }]);
  });

  it('matches an audience that got an id by its name', () => {
    expect(compareStrategies({ audiences: [{ name: 'Neighbours' }] }, { audiences: [{ id: 'neighbours', name: 'Neighbours' }] })).toEqual([
      { kind: 'other-changed', field: 'audiences[neighbours].id', to: 'neighbours' },
    ]);
  });

  it('reports guideline topics added and removed, not a second rule on a topic', () => {
    const changes = diffAfter((data) => {
      data.employees.guidelines = [
        { topic: 'disclosure', rule: 'Say that you work here.' },
        { topic: 'spokespeople', rule: 'Only Karl talks to the press.' },
      ];
    });
    expect(changes).toEqual([
      { kind: 'guideline-topic-added', to: 'spokespeople' },
      { kind: 'guideline-topic-removed', from: 'confidentiality' },
    ]);
    const second = diffAfter((data) => data.employees.guidelines.push({ topic: 'disclosure', rule: 'Also on LinkedIn.' }));
    expect(second).toEqual([{ kind: 'other-changed', field: 'employees.guidelines[disclosure]', to: { topic: 'disclosure', rule: 'Also on LinkedIn.' } }]);
  });

  it('reports scenarios added and removed', () => {
    const changes = diffAfter((data) => {
      data.criticism.scenarios = [{ type: 'shitstorm', response: 'Karl decides.' }, { type: 'troll', response: 'Do not feed.' }];
    });
    expect(changes).toEqual([
      { kind: 'scenario-added', to: 'shitstorm' },
      { kind: 'scenario-removed', from: 'negative-review' },
    ]);
  });

  it('reports status and revision first', () => {
    const changes = diffAfter((data) => {
      data.team.hours_per_week = 4;
      data.status = 'approved';
      data.revision = 4;
    });
    expect(changes.map((change) => change.kind)).toEqual(['status-changed', 'revision-changed', 'cost-changed']);
    expect(changes[0]).toEqual({ kind: 'status-changed', field: 'status', from: 'draft', to: 'approved' });
    expect(changes[1]).toEqual({ kind: 'revision-changed', field: 'revision', from: 3, to: 4 });
  });

  it('reports what no kind covers as other changes, with their path', () => {
    const changes = diffAfter((data) => {
      data.team.coordination = 'Tuesdays';
      data.goals[0]!.business_outcome = 'Fewer flyers';
      (data.goals[1] as unknown as Record<string, unknown>).measurements = [{ date: '2027-01-31', value: 40 }];
      (data as Record<string, unknown>)['x-note'] = 'kept';
    });
    expect(changes).toEqual([
      { kind: 'other-changed', field: 'goals[walk-ins].business_outcome', from: 'More sales in the shop', to: 'Fewer flyers' },
      { kind: 'other-changed', field: 'goals[reviews].measurements', to: [{ date: '2027-01-31', value: 40 }] },
      { kind: 'other-changed', field: 'team.coordination', from: 'Mondays, 15 minutes', to: 'Tuesdays' },
      { kind: 'other-changed', field: 'x-note', to: 'kept' },
    ]);
  });

  it('diffs what it can read when the schema is broken', () => {
    expect(compareStrategies('just text', strategy()).map((change) => change.kind)).toContain('goal-added');
    expect(compareStrategies({ goals: 'none' }, { goals: [{ id: 'a' }] })).toEqual([{ kind: 'other-changed', field: 'goals', from: 'none', to: [{ id: 'a' }] }]);
    expect(compareStrategies({ goals: [{ id: 'a', kpi: { target: 'lots' } }] }, { goals: [{ id: 'a', kpi: { target: 5 } }] })).toEqual([
      { kind: 'goal-retargeted', id: 'a', field: 'kpi.target', from: 'lots', to: 5 },
    ]);
    expect(compareStrategies({ goals: [5] }, { goals: [{ objective: 'x' }] })).toEqual([{ kind: 'other-changed', field: 'goals[#1]', from: 5, to: { objective: 'x' } }]);
    expect(compareStrategies({ team: { owner: 'Anna' } }, { team: { owner: { name: 'Anna' } } })).toEqual([
      { kind: 'other-changed', field: 'team.owner', from: 'Anna', to: { name: 'Anna' } },
    ]);
    expect(compareStrategies(null, {})).toEqual([]);
    expect(compareStrategies({ revision: Number.NaN }, { revision: Number.NaN })).toEqual([]);
  });
});
