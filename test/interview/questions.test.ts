import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { allFields, goalIdFrom, INTERVIEW, slugify } from '../../src/interview/questions.js';
import { SECTIONS } from '../../src/strategy/sections.js';
import * as schemas from '../../src/strategy/schema.js';

/** The schema inside optional, nullable and default wrappers. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  const inner = (schema._zod.def as { innerType?: z.ZodMiniType }).innerType;
  return inner ? unwrap(inner) : schema;
}

describe('the question data', () => {
  it('asks the basics, then the five questions of the spec in their order', () => {
    expect(INTERVIEW.map((section) => section.id)).toEqual(['basics', ...SECTIONS]);
    for (const section of INTERVIEW.slice(1)) expect(section.question?.en).toMatch(/^\d\. /);
  });

  it('gives every question a unique id and texts in both languages', () => {
    const ids = allFields().map(({ field }) => field.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { field } of allFields()) {
      expect(field.message.en, field.id).not.toBe('');
      expect(field.message.de, field.id).not.toBe('');
      if (field.hint) expect(field.hint.de, field.id).not.toBe(field.hint.en);
    }
    for (const section of INTERVIEW) expect(section.intro.de).not.toBe(section.intro.en);
  });

  it('starts each section with why it matters (Chefsache for the team, a plan in advance for criticism)', () => {
    const intro = (id: string) => INTERVIEW.find((section) => section.id === id)!.intro;
    expect(intro('team').de).toContain('Chefsache');
    expect(intro('team').en).toContain('executive sponsor');
    expect(intro('criticism').en).toContain('Decide in advance');
  });

  it('offers every value of the schema enums as a choice, with labels', () => {
    for (const { field } of allFields().filter(({ field }) => field.kind === 'select')) {
      const choices = field.choices!(schemas);
      expect(choices.length, field.id).toBeGreaterThan(1);
      for (const choice of choices) expect(choice.label.de, `${field.id} ${choice.value}`).toBeTruthy();
    }
    const topic = allFields().find(({ field }) => field.id === 'employees.guidelines.topic')!.field;
    expect(topic.choices!(schemas).map((choice) => choice.value)).toEqual([...schemas.guidelineTopics]);
  });

  it('puts every answer under a key of the schema, and validates it with that key\'s own schema', () => {
    const definition = (node: z.ZodMiniType) => node._zod.def as { type: string; element?: z.ZodMiniType; shape?: Record<string, z.ZodMiniType> };
    const resolve = (path: readonly (string | number)[]): z.ZodMiniType | undefined => {
      let node: z.ZodMiniType | undefined = schemas.strategySchema;
      for (const segment of path) {
        const inner: ReturnType<typeof definition> | undefined = node && definition(unwrap(node));
        node = typeof segment === 'number' ? inner?.element : inner?.shape?.[segment];
      }
      return node;
    };
    for (const { field, group } of allFields()) {
      const path = group ? [...group.path, 0, ...field.path] : field.path;
      const node = resolve(path);
      expect(node, field.id).toBeDefined();
      if (field.schema) expect(field.schema(schemas) === node, field.id).toBe(true);
    }
    for (const group of INTERVIEW.flatMap((section) => section.steps).filter((step) => step.kind === 'group')) {
      expect(unwrap(resolve(group.path)!)._zod.def.type, group.id).toBe('array');
    }
  });

  it('makes ids from free text', () => {
    expect(slugify('Mehr Anfragen über LinkedIn')).toBe('mehr-anfragen-ueber-linkedin');
    expect(slugify('Commuters pre-order breakfast via Instagram messages')).toBe('commuters-pre-order-breakfast');
    expect(slugify('Café & Crêpes!')).toBe('cafe-crepes');
    expect(slugify('!!!')).toBe('');
  });
});

describe('goal ids', () => {
  it('suggests what a German goal counts, not who counts it', () => {
    expect(goalIdFrom('Kunden bestellen Torten per Instagram-Nachricht vor')).toBe('torten-instagram-nachricht');
    expect(goalIdFrom('Stammkunden bestellen ihr Frühstück per WhatsApp vor')).toBe('fruehstueck-whatsapp');
    expect(goalIdFrom('Commuters pre-order breakfast via Instagram messages')).toBe('commuters-pre-order-breakfast');
  });
});
