/**
 * The phrasings issue 14 quotes from real strategies, each judged as a
 * reviewer would; the corpus test (test/corpus) measures the judgments on
 * many more.
 */
import { describe, expect, it } from 'vitest';
import { deletionKind, namesGroup, noResponse, tooBroad, vagueGoal, vanityMetric } from '../../../src/strategy/text/judgments.js';
import { sentences } from '../../../src/strategy/text/segment.js';

describe('owner, sponsor and escalation names', () => {
  it.each([
    'Hochschulkommunikation',
    'Online-Redaktion',
    'Stabsstelle Kommunikation',
    'Referat Presse- und Öffentlichkeitsarbeit',
    'Division of University Communications and Marketing',
    'Digital Channels team',
    'The social strategy and production team',
    'Rektorat',
    'Präsidium',
    'Hochschulleitung',
    'Council',
    'Senior leadership team',
    'niemand',
    'the team',
    'alle',
    'Marketing',
  ])('%s names a group', (name) => {
    expect(namesGroup(name)).toBe(true);
  });

  it.each(['Anna Müller', 'Prof. Dr. Eva Schmidt', 'Head of Communications Jane Doe', 'Karl Müller (Inhaber)', 'Dr. Teamson', 'Kommunikation (Lea Brandt)', 'the Mayor', 'Anna', 'Lea Teamgeist'])(
    '%s names a person',
    (name) => {
      expect(namesGroup(name)).toBe(false);
    },
  );
});

describe('vague goals', () => {
  it.each([
    'Reichweite erhöhen',
    'Die Reichweite der Botschaft erhöhen',
    'Reichweite steigern',
    'Sichtbarkeit erhöhen',
    'Bekanntheit der Marke steigern',
    'Raise our profile',
    'Grow our audience',
    'Deepen engagement with our audiences',
    'reach more people',
    'weil man das heute muss',
  ])('%s is vague', (objective) => {
    expect(vagueGoal(objective)).toBeDefined();
  });

  it.each(['20 % mehr Bewerbungen über Instagram bis Juni', 'Increase newsletter sign-ups from social by 15% by Q3', 'Pendler bestellen ihr Frühstück per WhatsApp vor', 'Mehr Anfragen über LinkedIn'])(
    '%s is specific',
    (objective) => {
      expect(vagueGoal(objective)).toBeUndefined();
    },
  );

  it('quotes what it found as written', () => {
    expect(vagueGoal('Die Reichweite der Botschaft erhöhen')).toBe('Reichweite der Botschaft erhöhen');
  });
});

describe('broad audiences', () => {
  it.each(['allgemeine Öffentlichkeit', 'Bürgerinnen und Bürger', 'Alle Bürger', 'Residents', 'everyone', 'the general public', 'Alle'])('%s is everyone', (audience) => {
    expect(tooBroad(audience)).toBe(true);
  });
  it.each(['Berufstätige im Umkreis von 1 km', 'Studieninteressierte der Oberstufe in NRW', 'Residents of the Northside estate aged 65+', 'Pendler an der Haltestelle'])('%s is specific', (audience) => {
    expect(tooBroad(audience)).toBe(false);
  });
});

describe('vanity metrics', () => {
  it.each(['engagements', 'engagement rate', 'clicks', 'shares', 'Interaktionen', 'Klicks', 'Instagram-Follower', 'Aufrufe'])('%s counts attention', (metric) => {
    expect(vanityMetric(metric)).toBeDefined();
  });
  it.each(['Bestellungen pro Monat', 'enquiries', 'link clicks to the donation page', 'Klicks auf den Bestell-Link', 'Bewerbungen'])('%s counts business', (metric) => {
    expect(vanityMetric(metric)).toBeUndefined();
  });
});

describe('deleting criticism', () => {
  it.each([
    'Kritische Kommentare löschen wir.',
    'Comments that are deleted if they are abusive or political in nature.',
    'Posts will be deleted if they are abusive or political in nature.',
    'Nicht belegbare Behauptungen über unser Haus werden entfernt.',
    'Rufschädigende Kommentare blenden wir aus.',
  ])('%s deletes criticism', (sentence) => {
    expect(deletionKind(sentence)).toBe('deleting');
  });
  it.each(['A post using foul language must be removed.', 'Äußerungen, die gegen geltendes Recht verstoßen, behalten wir uns vor zu löschen.', 'Beleidigungen, Spam o. ä. werden gelöscht.'])(
    '%s is moderation',
    (sentence) => {
      expect(deletionKind(sentence)).toBe('moderation');
    },
  );
  it.each(['Kritik wird nie gelöscht.', 'We do not delete criticism.', 'Wir antworten öffentlich auf Kritik.'])('%s is neither', (sentence) => {
    expect(deletionKind(sentence)).toBe('neither');
  });
  it('keeps "o. ä." and "z. B." inside their sentence', () => {
    expect(sentences('Beleidigungen, Spam o. ä. werden gelöscht. Kritik z. B. an Preisen bleibt stehen.')).toEqual([
      'Beleidigungen, Spam o. ä. werden gelöscht.',
      'Kritik z. B. an Preisen bleibt stehen.',
    ]);
  });
});

describe('no response', () => {
  it.each(['-', 'n/a', 'Ignore it.', 'No response necessary.', 'Wir reagieren nicht.', 'Nicht kommentieren', 'Nicht füttern'])('%s is no response', (response) => {
    expect(noResponse(response)).toBe(true);
  });
  it.each(['Öffentlich freundlich antworten, Lösung anbieten', 'Acknowledge within 2 hours and move to DM', 'Do not feed the troll; hide insults under our netiquette', 'Ignore trolls, but answer every factual question'])(
    '%s is a response',
    (response) => {
      expect(noResponse(response)).toBe(false);
    },
  );
});
