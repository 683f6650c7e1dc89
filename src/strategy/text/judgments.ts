/**
 * The judgments of what people write in a strategy, in German and English:
 * is a goal vaguely worded, does a name name a group, is a target group
 * everyone, does a metric count only attention, does a sentence plan to
 * delete criticism, is a planned response no response at all. Each reads the
 * text as words in clauses (segment.ts) and compares them by stem
 * (word-set.ts), and each is held to the labelled corpus in test/corpus,
 * whose precision and recall the README publishes.
 */
import { clauses, sentences, words, type Word } from './segment.js';
import {
  ACTIONS,
  BROAD,
  BUSINESS,
  CHANGE,
  CRITICISM,
  DELETE,
  EMPTY_MOTIVES,
  FILLER,
  GROUP_HEADS,
  IGNORE,
  KEEP,
  MODERATED,
  NEGATIONS,
  NEGATIONS_BEFORE,
  NO_RESPONSE,
  NOBODY,
  OF_WORDS,
  PERSON_ROLES,
  PLACEHOLDERS,
  QUALIFIERS,
  SEPARABLE_DELETE,
  SOCIAL_QUANTITIES,
  TITLES,
  VANITY,
} from './lexicon.js';

const hasNumber = (text: string) => /\d/.test(text) || /\b(?:doubl|verdoppel|halbier|halv|triple|verdreifach)/i.test(text);

/**
 * The part of an objective that makes it vague, quoted as written, or
 * undefined: a change of a social-media quantity without a number ("Die
 * Reichweite der Botschaft erhöhen", "Grow our audience"), or an empty motive
 * ("weil man das heute muss").
 */
export function vagueGoal(objective: string): string | undefined {
  const motive = EMPTY_MOTIVES.find(objective);
  if (motive) return motive;
  if (hasNumber(objective)) return undefined;
  for (const sentence of sentences(objective)) {
    const found = words(sentence);
    const quantity = found.find((word) => SOCIAL_QUANTITIES.heads(word.text));
    const change = found.find((word) => word !== quantity && CHANGE.has(word.text));
    // "reach more people": reach is the quantity, more the change; "Reichweite" alone is no goal either
    if (quantity && (change || found.length <= 2)) {
      const [first, last] = change && change.index < quantity.index ? [change, quantity] : [quantity, change ?? quantity];
      return sentence.slice(first.index, last.index + last.text.length);
    }
  }
  return undefined;
}

/** A name in parentheses or after a comma: "Kommunikation (Lea Brandt)", "Karl Müller (Inhaber)". */
function parts(name: string): string[] {
  return name
    .split(/[(),/]|\s[-–—]\s/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const capitalised = (word: Word) => /^[A-ZÄÖÜ]/.test(word.text) && word.text.length > 1 && !/^[A-ZÄÖÜ]+$/.test(word.text);

/** Words that could be a given name or a family name: capitalised, and no word the lists know. */
function nameLike(word: Word): boolean {
  return (
    capitalised(word) &&
    !FILLER.has(word.lower) &&
    !NOBODY.has(word.lower) &&
    !OF_WORDS.has(word.lower) &&
    !GROUP_HEADS.heads(word.text) &&
    !PERSON_ROLES.heads(word.text) &&
    !QUALIFIERS.has(word.text) &&
    !TITLES.has(word.lower)
  );
}

/** Whether a part of a name names a person: a title before a name, two names, or a role one person holds. */
function namesPerson(part: string): boolean {
  const found = words(part);
  for (let index = 0; index < found.length; index++) {
    const word = found[index]!;
    const next = found[index + 1];
    if (TITLES.has(word.lower) && next && capitalised(next)) return true;
    if (next && nameLike(word) && nameLike(next)) return true;
    // "Jonas aus dem Marketing": a name, then where the person works
    if (index === 0 && next && nameLike(word) && FROM.has(next.lower)) return true;
  }
  const head = headOf(found);
  return head !== undefined && PERSON_ROLES.written(head.text);
}

/** Words between a person's name and their unit. */
const FROM = new Set(['aus', 'von', 'vom', 'from', 'in', 'im', 'bei', 'at']);

/** The head noun of a name: English "Division of X" has it before "of", otherwise the last word is the head. */
function headOf(found: readonly Word[]): Word | undefined {
  const of = found.findIndex((word) => OF_WORDS.has(word.lower));
  if (of > 0) return found[of - 1];
  return found.filter((word) => !FILLER.has(word.lower)).at(-1) ?? found.at(-1);
}

/**
 * Whether a name (of an owner, a sponsor, an escalation level's `who`) names
 * a group or nobody rather than a person: "Hochschulkommunikation", "Digital
 * Channels team", "Division of University Communications", "Rektorat",
 * "Fachbereich Soziales", "alle", "niemand". A person named beside a group is
 * a person ("Kommunikation (Lea Brandt)"), and so is a role one person holds
 * ("the communications director", "Leiterin der Pressestelle").
 */
export function namesGroup(name: string): boolean {
  if (parts(name).some(namesPerson)) return false;
  const found = words(name).filter((word) => !FILLER.has(word.lower));
  if (found.length === 0 || NOBODY.has(found[0]!.lower)) return true;
  return found.some((word) => NOBODY.has(word.lower) || GROUP_HEADS.heads(word.text));
}

/**
 * Whether a target group is everyone: its words are all broad ("allgemeine
 * Öffentlichkeit", "Bürgerinnen und Bürger", "Residents", "everyone"), with
 * nothing that narrows it (a place, an age, a role).
 */
export function tooBroad(audience: string): boolean {
  if (hasNumber(audience)) return false;
  const found = words(audience);
  return found.length > 0 && found.some((word) => BROAD.has(word.text)) && found.every((word) => BROAD.has(word.text) || FILLER.has(word.lower));
}

/**
 * The word that makes a metric count attention only (followers, likes, reach,
 * clicks, engagement rate, "Interaktionen"), as written, or undefined when it
 * counts what the organisation wants from it: "link clicks to the donation
 * page" counts donations in the making.
 */
export function vanityMetric(metric: string): string | undefined {
  const found = words(metric);
  if (found.some((word) => BUSINESS.heads(word.text))) return undefined;
  return found.find((word) => VANITY.heads(word.text))?.text;
}

export type DeletionKind = 'deleting' | 'moderation' | 'neither';

/**
 * Whether a clause negates its verb of deleting: an English negation before
 * it ("do not delete", not "not directly related"), a German one anywhere
 * ("löschen wir nicht"), except one in an adjective before a noun ("Nicht
 * belegbare Behauptungen … werden entfernt" still removes).
 */
function negated(clause: readonly Word[], verb = clause.length): boolean {
  return clause.some((word, index) => {
    if (!NEGATIONS.has(word.lower)) return false;
    if (NEGATIONS_BEFORE.has(word.lower) && index > verb) return false;
    const next = clause[index + 1];
    const afterNext = clause[index + 2];
    const attributive = next !== undefined && /^[a-zäöüß]+(?:e|en|er|es|em)$/.test(next.text) && afterNext !== undefined && capitalised(afterNext);
    return !attributive;
  });
}

/** Where a clause deletes, or -1: a verb of deleting, or a verb in two parts with its particle ("blenden wir … aus"). */
function deletingVerb(clause: readonly Word[]): number {
  const single = clause.findIndex((word) => DELETE.has(word.text));
  if (single !== -1) return single;
  for (const [verb, particle] of SEPARABLE_DELETE) {
    const at = clause.findIndex((word) => verb.has(word.text));
    if (at !== -1 && clause.some((word) => word.lower === particle)) return at;
  }
  return -1;
}

/** Words that open a condition on what is deleted. */
const CONDITIONS = new Set(['if', 'when', 'unless', 'wenn', 'falls', 'sofern', 'soweit', 'sobald']);

/** A clause of its own that keeps something or answers it, beside one that deletes: "Lob bleibt stehen", "criticism stays". */
function keepsOrAnswers(clause: readonly Word[]): boolean {
  return deletingVerb(clause) === -1 && clause.some((word) => KEEP.has(word.text) || (ACTIONS.has(word.text) && !DELETE.has(word.text)));
}

/** Parts of a sentence that stand alone: split at semicolons and at "but" ("Spam goes; criticism stays"). */
const PART_BREAK = /;|\s[-–—]\s|,?\s(?=(?:but|aber|jedoch|however|sondern)\s)/i;

/**
 * What a sentence of a deletion policy or netiquette plans: deleting
 * criticism ("Kritische Kommentare löschen wir", "deleted if they are abusive
 * or political in nature"), moderation (removing spam, insults, unlawful
 * content, personal data) or neither. A part of the sentence that deletes is
 * read whole, its relative clauses too; a negation counts for its own clause.
 * `implicit`: the text is about criticism as a whole (a deletion policy), so
 * deleting without saying what goes deletes criticism.
 */
export function deletionKind(sentence: string, implicit = true): DeletionKind {
  // What a part says goes: its clauses but those negated and those that keep or answer ("sachliche Kritik beantworten wir").
  const readable = (text: string) => clauses(text).filter((clause) => !negated(clause) && !keepsOrAnswers(clause)).flat();
  let kind: DeletionKind = 'neither';
  for (const part of sentence.split(PART_BREAK)) {
    const parts = clauses(part);
    const deletesHere = (clause: readonly Word[]) => {
      const verb = deletingVerb(clause);
      return verb !== -1 && !negated(clause, verb);
    };
    if (!parts.some(deletesHere)) continue;
    let read = readable(part);
    // "…; entsprechende Inhalte werden entfernt": what goes was named before, in the same sentence
    if (!read.some((word) => CRITICISM.within(word.text) || MODERATED.within(word.text))) read = readable(sentence);
    // "Kritik löschen wir nur, wenn sie beleidigend ist": the condition says what goes
    const condition = read.findIndex((word) => CONDITIONS.has(word.lower));
    if (condition !== -1 && read.slice(condition).some((word) => CRITICISM.within(word.text) || MODERATED.within(word.text))) read = read.slice(condition);
    if (read.some((word) => CRITICISM.within(word.text))) return 'deleting';
    if (read.some((word) => MODERATED.within(word.text))) kind = 'moderation';
    else if (implicit && kind === 'neither') kind = 'deleting';
  }
  return kind;
}

/** The first sentence of a text that plans to delete criticism, if any. */
export function deletionPlan(text: string, implicit: boolean): string | undefined {
  return sentences(text).find((sentence) => deletionKind(sentence, implicit) === 'deleting');
}

/**
 * Whether a planned response is no response: a placeholder ("-", "n/a"), or
 * a plan not to respond ("Ignore it.", "No response necessary.", "Wir
 * reagieren nicht.") with no action beside it ("Ignore trolls, but answer
 * every factual question" is a response).
 */
export function noResponse(response: string): boolean {
  const text = response.trim();
  if (text === '' || PLACEHOLDERS.has(text.toLowerCase().replace(/[.!]+$/, ''))) return true;
  if (NO_RESPONSE.find(text)) {
    return !clauses(text).some((clause) => !negated(clause) && clause.some((word) => ACTIONS.has(word.text)) && !NO_RESPONSE.find(clause.map((word) => word.text).join(' ')));
  }
  const parts = clauses(text);
  const acts = parts.some((clause) => !negated(clause) && clause.some((word) => ACTIONS.has(word.text)));
  const ignores = parts.some((clause) => clause.some((word) => IGNORE.has(word.text)) || (negated(clause) && clause.some((word) => ACTIONS.has(word.text))));
  return ignores && !acts;
}
