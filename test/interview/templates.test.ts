import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { findTemplates, loadTemplate, rebaseDates, templateList } from '../../src/interview/templates.js';

describe('templates', () => {
  it('finds the shipped templates in both languages', async () => {
    const templates = await findTemplates();
    expect(templates.map((template) => template.name)).toEqual(['b2b', 'enterprise', 'kiosk', 'nonprofit']);
    for (const template of templates) expect(Object.keys(template.files).sort()).toEqual(['de', 'en']);
  });

  it('lists them with one line each, in the chosen language', async () => {
    const english = (await templateList('en')).trimEnd().split('\n');
    expect(english).toHaveLength(4);
    expect(english[2]).toMatch(/^kiosk {7}Kiosk or small neighbourhood shop/);
    expect(await templateList('de')).toContain('kiosk       Kiosk oder kleiner Laden im Viertel');
  });

  it('moves the example dates so that the strategy starts today, keeping their distances', () => {
    const rebased = rebaseDates(
      {
        updated: '2026-12-20',
        started: '2027-01-01',
        next_review: '2027-04-01',
        goals: [{ id: 'a', kpi: { deadline: '2027-09-30' }, measurements: [{ date: '2027-02-01', value: 1 }] }, { id: 'b' }],
      },
      '2027-03-15',
    );
    expect(rebased).toEqual({ updated: '2027-03-15', started: '2027-03-15', next_review: '2027-06-13', goals: [{ id: 'a', kpi: { deadline: '2027-12-12' } }, { id: 'b' }] });
  });

  it('loads a template with today as its start', async () => {
    const { data, description } = await loadTemplate('kiosk', 'de', '2027-01-08');
    expect(description).toContain('Kiosk oder kleiner Laden');
    expect(data).toMatchObject({ started: '2027-01-08', updated: '2027-01-08', next_review: '2027-04-08' });
    expect((data.goals as { kpi: { deadline: string } }[]).map((goal) => goal.kpi.deadline)).toEqual(['2027-10-07', '2028-01-07', '2028-01-07']);
  });

  it('falls back to the other language when a template has only one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'smplan-templates-'));
    writeFileSync(join(folder, 'verein.en.yaml'), '# smplan template: A club\nsmplan: 1\ncompany: {name: Club}\nstarted: 2027-01-01\n');
    expect(await templateList('de', folder)).toBe('verein  A club\n');
    expect((await loadTemplate('verein', 'de', '2027-01-01', folder)).data.company).toEqual({ name: 'Club' });
  });

  it('refuses an unknown name and lists the known ones', async () => {
    await expect(loadTemplate('bakery', 'en', '2027-01-01')).rejects.toThrow(UsageError);
    await expect(loadTemplate('bakery', 'en', '2027-01-01')).rejects.toThrow('there is no template "bakery"; choose one of: b2b, enterprise, kiosk, nonprofit');
    await expect(loadTemplate('../kiosk', 'de', '2027-01-01')).rejects.toThrow('eine Vorlage „../kiosk“ gibt es nicht');
  });
});
