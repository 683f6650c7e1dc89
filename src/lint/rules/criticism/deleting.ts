import { defineRule } from '../../rule.js';

/*
 * Sentences are read clause by clause, so that "We never delete criticism, only
 * spam and insults" and "Kritik wird nicht gelöscht; nur Beleidigungen und Spam"
 * stay silent: a negation counts for its own clause only.
 */
const SENTENCE_BREAK = /[.;!?\n]+/u;
const PUNCTUATION_BREAK = /[,:()]|\s[-–—]\s/u;
/** Words that start a new clause: "not criticism, but spam". */
const CONJUNCTIONS = new Set(['but', 'except', 'aber', 'sondern', 'außer', 'ausser', 'jedoch', 'stattdessen', 'instead']);

/** Deleting, removing, hiding: every form a plan to make criticism disappear takes. */
const DELETE =
  /^(?:delet\w*|remov\w*|eras\w*|censor\w*|hide|hides|hidden|hiding|(?:ge)?l(?:ö|oe)sch\S*|(?:ge)?entfern\S*|ausblend\S*|ausgeblendet|verberg\S*|verborgen|versteck\S*|zensier\S*)$/u;

/** A part of every word DELETE matches: most texts have none and need no closer reading. */
const MAYBE_DELETE = /delet|remov|eras|censor|hid|l(?:ö|oe)sch|entfern|ausblend|ausgeblendet|verberg|verborgen|versteck|zensier/iu;

/** Words that make a clause about criticism (German stems also inside compounds: "Kundenkritik"). */
const CRITICISM = /^(?:critic|critiq|complain|negativ|dislike|unfavo)|kritik|kritisch|beschwerde|reklamation|negativ|verriss|unzufrieden|shitstorm/u;

/** What a netiquette may delete: a sentence about these is not about criticism. */
const EXEMPT =
  /^(?:spam|insult|offensiv|obscen|vulgar|hate|threat|racis|sexis|discrimin|harass|abus|profan|porn|advert|ads?$|bots?$|fake|personal|illegal|unlawful|slur|troll)|spam|beleidig|hass|hetze|drohung|bedroh|rassis|sexis|diskrimin|belästig|belaestig|beschimpf|obszön|obszoen|vulgär|vulgaer|werbung|gefälscht|gefaelscht|netiquette|daten$|personenbezogen|rechtswidrig|strafbar|troll|fake/u;

const NEGATION =
  /^(?:not|never|no|nothing|none|neither|nor|cannot|dont|doesnt|wont|didnt|cant|nicht|nichts|nie|niemals|nimmer|kein|keine|keinen|keinem|keiner|keines|keinesfalls|keineswegs)$|n't$/u;

/** "… only if it insults": deleting criticism under a condition that names what a netiquette deletes. */
const CONDITIONS = new Set(['if', 'when', 'unless', 'wenn', 'falls', 'sofern', 'soweit']);

/** The clauses of a sentence, each as its words. */
function clauses(sentence: string): string[][] {
  const result: string[][] = [];
  for (const part of sentence.split(PUNCTUATION_BREAK)) {
    let clause: string[] = [];
    result.push(clause);
    for (const word of words(part)) {
      if (CONJUNCTIONS.has(word)) result.push((clause = []));
      else clause.push(word);
    }
  }
  return result.filter((clause) => clause.length > 0);
}

/** Words as wordsOf cuts them, but with apostrophes kept inside ("don't"), which negations need. */
const WORD_WITH_APOSTROPHES = /[^\s!-&(-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

function words(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(WORD_WITH_APOSTROPHES) ?? []).map((word) => word.replace(/^'+|'+$/g, ''));
}

const QUOTE_LENGTH = 120;

function quote(sentence: string): string {
  const text = sentence.trim().replace(/\s+/g, ' ');
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text;
}

/**
 * The sentence of `text` that plans to delete criticism, if any. `implicit`: the text
 * is about criticism as a whole (the deletion policy, the response to a negative
 * review), so a bare "löschen wir" deletes criticism unless the sentence says it is
 * spam or insults that go.
 */
export function deletionPlan(text: string, implicit: boolean): string | undefined {
  if (!MAYBE_DELETE.test(text)) return undefined;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const sentenceWords = words(sentence);
    const exempt = sentenceWords.some((word) => EXEMPT.test(word));
    const conditional = sentenceWords.some((word) => CONDITIONS.has(word));
    for (const clauseWords of clauses(sentence)) {
      if (!clauseWords.some((word) => DELETE.test(word))) continue;
      if (clauseWords.some((word) => NEGATION.test(word))) continue;
      const aboutCriticism = clauseWords.some((word) => CRITICISM.test(word));
      const deletes = aboutCriticism ? !(exempt && conditional) : implicit && !exempt;
      if (deletes) return quote(sentence);
    }
  }
  return undefined;
}

/** Scenarios that are criticism through and through: deleting anything in them deletes criticism. */
const CRITICISM_SCENARIOS: ReadonlySet<string> = new Set(['negative-review', 'complaint', 'shitstorm']);

export default defineRule({
  id: 'criticism/deleting',
  severity: 'warn',
  description: {
    en: 'The plan is not to delete criticism: deleting escalates.',
    de: 'Der Plan sieht nicht vor, Kritik zu löschen: Löschen eskaliert.',
  },
  messages: {
    policy: {
      en: 'The deletion policy plans to delete criticism ("{text}"); deleted criticism comes back louder. Answer criticism in public, and delete only spam and insults under a published netiquette.',
      de: 'Die Löschregel sieht vor, Kritik zu löschen („{text}“); gelöschte Kritik kommt lauter zurück. Beantworten Sie Kritik öffentlich und löschen Sie nur Spam und Beleidigungen nach einer veröffentlichten Netiquette.',
    },
    scenario: {
      en: 'The response to "{scenario}" plans to delete criticism ("{text}"); deleted criticism comes back louder. Answer it in public instead, and delete only spam and insults.',
      de: 'Die Reaktion auf „{scenario}“ sieht vor, Kritik zu löschen („{text}“); gelöschte Kritik kommt lauter zurück. Antworten Sie stattdessen öffentlich und löschen Sie nur Spam und Beleidigungen.',
    },
  },
  check({ strategy, report }) {
    const policy = strategy.criticism?.deletion_policy;
    const inPolicy = policy && deletionPlan(policy, true);
    if (inPolicy) report('policy', ['criticism', 'deletion_policy'], { text: inPolicy });
    strategy.criticism?.scenarios?.forEach((scenario, index) => {
      const implicit = scenario.type !== undefined && CRITICISM_SCENARIOS.has(scenario.type);
      const inResponse = scenario.response && deletionPlan(scenario.response, implicit);
      if (inResponse) {
        report('scenario', ['criticism', 'scenarios', index, 'response'], { scenario: scenario.type ?? `#${index + 1}`, text: inResponse });
      }
    });
  },
});
