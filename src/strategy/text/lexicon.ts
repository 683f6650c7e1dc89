/**
 * The words the judgments know, in German and English, each list in the form
 * it is compared in: word sets by stem (so one form of a word stands for all),
 * phrase matchers where only the whole phrase means something. The lists were
 * grown on the development part of test/corpus; the held-out part was not
 * read while they were written.
 */
import { phraseMatcher } from '../wording.js';
import { wordSet } from './word-set.js';

// ---------------------------------------------------------------------------
// Goals

/** Words of change: a goal "to grow" something states a change. */
export const CHANGE = wordSet({
  de: ['mehr', 'steigern', 'erhöhen', 'ausbauen', 'stärken', 'verbessern', 'vergrößern', 'wachsen', 'gewinnen', 'erweitern', 'vertiefen', 'fördern', 'aufbauen', 'erreichen', 'größer', 'höher', 'besser', 'bekannter', 'sichtbarer', 'Steigerung', 'Erhöhung', 'Ausbau', 'Stärkung', 'Verbesserung', 'Wachstum', 'maximieren', 'optimieren', 'intensivieren', 'pflegen'],
  en: ['spark', 'deeper', 'broader', 'stronger', 'wider', 'more', 'grow', 'increase', 'raise', 'boost', 'improve', 'expand', 'deepen', 'strengthen', 'build', 'enhance', 'gain', 'maximise', 'maximize', 'extend', 'broaden', 'greater', 'higher', 'better', 'growth', 'reach', 'drive', 'foster', 'amplify', 'elevate', 'optimise', 'optimize'],
});

/** Quantities social media moves by itself, which say nothing about what the organisation gains. */
export const SOCIAL_QUANTITIES = wordSet({
  de: ['Dialog', 'Austausch', 'Ruf', 'Ansehen', 'Marke', 'Vertrauen', 'Reichweite', 'Bekanntheit', 'Sichtbarkeit', 'Präsenz', 'Follower', 'Fans', 'Likes', 'Engagement', 'Interaktion', 'Aufmerksamkeit', 'Community', 'Image', 'Wahrnehmung', 'Traffic', 'Impressionen', 'Markenbekanntheit', 'Profil', 'Auftritt', 'Publikum', 'Abonnenten', 'Bindung'],
  en: ['dialogue', 'conversation', 'voice', 'connection', 'reputation', 'brand', 'trust', 'reach', 'awareness', 'visibility', 'presence', 'followers', 'following', 'fans', 'likes', 'engagement', 'interaction', 'attention', 'community', 'image', 'perception', 'traffic', 'impressions', 'profile', 'audience', 'exposure', 'buzz', 'recognition', 'footprint', 'subscribers'],
});

/** Motives that are no goal at all, whatever number follows them. */
export const EMPTY_MOTIVES = phraseMatcher([
  'because everyone is doing it',
  'everyone else is doing it',
  'because we have to',
  'go viral',
  'be on social media',
  'be present on',
  'get better at social media',
  'weil man das heute muss',
  'weil das heute jeder macht',
  'weil alle es machen',
  'die Konkurrenz macht das auch',
  'die Konkurrenz ist auch da',
  'präsent sein',
  'dabei sein',
  'viral gehen',
  'Präsenz zeigen',
]);

/** Metrics of attention. */
export const VANITY = wordSet({
  de: ['Follower', 'Fans', 'Likes', 'Abonnenten', 'Impressionen', 'Aufrufe', 'Reichweite', 'Interaktionen', 'Interaktionsrate', 'Engagement', 'Engagementrate', 'Klicks', 'Shares', 'Kommentare', 'Erwähnungen', 'Views', 'Videoaufrufe', 'Profilbesuche', 'Seitenaufrufe', 'Hashtag', 'Herzen', 'Reaktionen', 'Gefällt', 'Teilungen', 'Retweets', 'Sichtbarkeit', 'Bekanntheit', 'Impressions'],
  en: ['followers', 'fans', 'likes', 'subscribers', 'impressions', 'views', 'reach', 'engagement', 'engagements', 'interactions', 'clicks', 'shares', 'comments', 'mentions', 'retweets', 'reactions', 'hashtag', 'visits', 'awareness', 'visibility', 'rate', 'plays', 'saves', 'watch'],
});

/** What an organisation gains: a metric that names one of these counts business, even through clicks. */
export const BUSINESS = wordSet({
  de: ['Bestellung', 'Anfrage', 'Bewerbung', 'Spende', 'Buchung', 'Umsatz', 'Anmeldung', 'Termin', 'Reservierung', 'Verkauf', 'Kunde', 'Neukunde', 'Abschluss', 'Auftrag', 'Mitglied', 'Mitgliedschaft', 'Lead', 'Spender', 'Teilnehmer', 'Teilnehmende', 'Einschreibung', 'Immatrikulation', 'Studienanfänger', 'Ticket', 'Kauf', 'Vorbestellung', 'Angebot', 'Rückruf', 'Erlös', 'Ehrenamtliche', 'Freiwillige', 'Download', 'Newsletter', 'Rezension', 'Bewertung', 'Besucher', 'Antwortzeit', 'Reaktionszeit', 'Beschwerde', 'Einstellung', 'Vertrag'],
  en: ['order', 'enquiry', 'inquiry', 'application', 'donation', 'booking', 'revenue', 'sale', 'sign-up', 'signup', 'registration', 'appointment', 'reservation', 'customer', 'lead', 'member', 'membership', 'donor', 'volunteer', 'enrolment', 'enrollment', 'ticket', 'purchase', 'pre-order', 'quote', 'conversion', 'subscription', 'attendee', 'participant', 'hire', 'contract', 'deal', 'download', 'newsletter', 'review', 'visitor', 'response', 'complaint', 'pledge', 'petition', 'signature', 'recruit'],
});

// ---------------------------------------------------------------------------
// People and groups

/** Heads of names of groups, units and bodies: a name that ends in one (German) or is one before "of" names no person. */
export const GROUP_HEADS = wordSet({
  de: ['Zentrum', 'Institut', 'Fakultät', 'Team', 'Abteilung', 'Referat', 'Stabsstelle', 'Stelle', 'Redaktion', 'Kommunikation', 'Leitung', 'Präsidium', 'Rektorat', 'Dekanat', 'Vorstand', 'Geschäftsführung', 'Geschäftsleitung', 'Pressestelle', 'Öffentlichkeitsarbeit', 'Marketing', 'Vertrieb', 'Agentur', 'Gremium', 'Ausschuss', 'Amt', 'Büro', 'Sekretariat', 'Verwaltung', 'Dezernat', 'Fachbereich', 'Bereich', 'Direktion', 'Zentrale', 'Belegschaft', 'Personal', 'Kollegium', 'Mitarbeitende', 'Mitarbeiter', 'Mitarbeiterinnen', 'Gruppe', 'Arbeitsgruppe', 'Runde', 'Rat', 'Senat', 'Kuratorium', 'Beirat', 'Stab', 'Dienst', 'Kanzlei', 'Firma', 'Unternehmen', 'Organisation', 'Hochschule', 'Universität', 'Verein', 'Verband', 'Ministerium', 'Behörde', 'Landesregierung', 'Staatskanzlei', 'Pressesprecherteam', 'Social-Media-Team', 'Onlineredaktion', 'Webteam', 'Kundenservice', 'Support', 'Service', 'Management', 'Inhaberfamilie'],
  en: ['team', 'department', 'dept', 'division', 'office', 'unit', 'board', 'council', 'committee', 'directorate', 'group', 'staff', 'crew', 'agency', 'management', 'leadership', 'communications', 'comms', 'marketing', 'press', 'sales', 'desk', 'services', 'service', 'centre', 'center', 'secretariat', 'administration', 'authority', 'ministry', 'cabinet', 'senate', 'faculty', 'school', 'company', 'organisation', 'organization', 'employees', 'people', 'colleagues', 'everyone', 'executives', 'partners', 'trustees', 'governors', 'panel', 'taskforce', 'network', 'support', 'PR', 'HR', 'IT', 'rectorate', 'presidium', 'editors', 'editorial', 'channels', 'moderators', 'admins', 'operations', 'owners', 'founders', 'family', 'university', 'college'],
});

/** Nobody in particular. */
export const NOBODY = new Set(['whoever', 'all', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'noone', 'none', 'no', 'one', 'we', 'us', 'tbd', 'n/a', 'alle', 'jeder', 'jede', 'jedermann', 'wir', 'uns', 'niemand', 'keiner', 'keine', 'jemand', 'offen', 'tbd', 'whoever', 'wer']);

/** Words around a name that do not change whom it names. */
export const FILLER = new Set(['the', 'a', 'an', 'our', 'of', 'for', 'and', 'or', 'whole', 'entire', 'all', 'das', 'der', 'die', 'den', 'dem', 'des', 'ein', 'eine', 'unser', 'unsere', 'unserer', 'ganze', 'ganzes', 'gesamte', 'gesamtes', 'und', 'oder', 'im', 'in', 'aus', 'vom', 'von', 'für', 'zur', 'zum', 'bei', 'mit', 'with', 'at', 'on', 'to', 'general', 'allgemeine', 'breite', 'gesamt', 'sowie']);

/** "Division of X", "Leiterin der Pressestelle": the head comes before these. */
export const OF_WORDS = new Set(['of', 'for', 'für', 'der', 'des']);

/** Roles one person holds: "the Mayor", "Inhaber", "Rektorin" name a person even without a name. */
export const PERSON_ROLES = wordSet({
  de: ['Inhaber', 'Inhaberin', 'Geschäftsführer', 'Geschäftsführerin', 'Bürgermeister', 'Bürgermeisterin', 'Oberbürgermeister', 'Landrat', 'Landrätin', 'Rektor', 'Rektorin', 'Präsident', 'Präsidentin', 'Kanzler', 'Kanzlerin', 'Dekan', 'Dekanin', 'Direktor', 'Direktorin', 'Leiter', 'Leiterin', 'Chef', 'Chefin', 'Vorsitzende', 'Vorsitzender', 'Sprecher', 'Sprecherin', 'Pressesprecher', 'Pressesprecherin', 'Referent', 'Referentin', 'Managerin', 'Minister', 'Ministerin', 'Gründer', 'Gründerin', 'Vorstandsvorsitzende', 'Pfarrer', 'Pfarrerin'],
  en: ['executive', 'administrator', 'specialist', 'representative', 'mayor', 'owner', 'founder', 'ceo', 'cmo', 'coo', 'cfo', 'director', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'principal', 'dean', 'chancellor', 'provost', 'rector', 'manager', 'officer', 'lead', 'coordinator', 'spokesperson', 'minister', 'secretary', 'editor', 'chief', 'vice-chancellor', 'commissioner', 'superintendent', 'leader'],
});

/** English negations, which come before the verb they negate. */
export const NEGATIONS_BEFORE = new Set(['not', 'never', 'no', 'nothing', 'none', 'neither', 'nor', 'cannot', "don't", "doesn't", "won't", "didn't", "can't", "isn't", "aren't", "shouldn't", 'dont', 'doesnt', 'wont']);

/** Words that describe a unit, capitalised in names, yet no given or family name. */
export const QUALIFIERS = wordSet({
  de: ['Digital', 'Online', 'Social', 'Media', 'Presse', 'Hochschule', 'Universität', 'Stadt', 'Land', 'Kreis', 'Bund', 'Zentral', 'Strategie', 'Produktion', 'Inhalte', 'Öffentlichkeit', 'Kunden', 'Web', 'Senior', 'Junior'],
  en: ['digital', 'online', 'social', 'media', 'university', 'city', 'county', 'state', 'national', 'central', 'strategy', 'production', 'content', 'public', 'customer', 'web', 'senior', 'junior', 'executive', 'corporate', 'global', 'regional', 'local', 'brand', 'community', 'engagement', 'affairs', 'relations', 'news', 'campaigns', 'external', 'internal', 'creative', 'student', 'students', 'alumni'],
});

/** Titles before a name. */
export const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'frau', 'herr', 'sir', 'dame', 'dipl', 'mag', 'ing']);

// ---------------------------------------------------------------------------
// Target groups

/** Words that name everybody, or everybody of a kind nobody can address. */
export const BROAD = wordSet({
  de: ['alle', 'jeder', 'jedermann', 'Öffentlichkeit', 'Allgemeinheit', 'Bürger', 'Bürgerinnen', 'Bevölkerung', 'Einwohner', 'Einwohnerinnen', 'Menschen', 'Leute', 'Kunden', 'Kundinnen', 'Verbraucher', 'Verbraucherinnen', 'Nutzer', 'Nutzerinnen', 'Interessierte', 'Welt', 'Masse', 'Zielgruppen', 'Gesellschaft', 'Breite', 'Jung', 'Alt', 'Groß', 'Klein', 'Normalverbraucher', 'Otto', 'Internetnutzer', 'User', 'Allgemeine'],
  en: ['large', 'everyone', 'everybody', 'anyone', 'all', 'public', 'people', 'residents', 'citizens', 'customers', 'consumers', 'users', 'clients', 'population', 'world', 'masses', 'community', 'society', 'individuals', 'audiences', 'stakeholders', 'general', 'wider', 'broad', 'interested', 'parties', 'market', 'mass', 'internet', 'followers'],
});

// ---------------------------------------------------------------------------
// Criticism

/** Verbs and nouns of making something disappear. */
export const DELETE = wordSet({
  de: ['löschen', 'gelöscht', 'Löschung', 'entfernen', 'entfernt', 'Entfernung', 'ausblenden', 'ausgeblendet', 'verbergen', 'verborgen', 'verstecken', 'versteckt', 'zensieren', 'sperren', 'gesperrt', 'blockieren', 'blockiert', 'verbannen'],
  en: ['delete', 'deleted', 'deletion', 'remove', 'removed', 'removal', 'erase', 'censor', 'hide', 'hidden', 'block', 'ban', 'banned', 'suppress', 'take down', 'takedown'],
});

/** Verbs of deleting in two parts, German separable ones ("blenden wir … aus") and English phrasal ones ("take … down"). */
export const SEPARABLE_DELETE: readonly [ReturnType<typeof wordSet>, string][] = [
  [wordSet({ de: ['blenden', 'blendet'] }), 'aus'],
  [wordSet({ de: ['nehmen', 'nimmt'] }), 'raus'],
  [wordSet({ de: ['nehmen', 'nimmt'] }), 'heraus'],
  [wordSet({ de: ['nehmen', 'nimmt'] }), 'offline'],
  [wordSet({ de: ['stellen', 'stellt'] }), 'offline'],
  [wordSet({ en: ['take', 'takes', 'taken', 'taking'] }), 'down'],
];

/** What makes a sentence about criticism: critical opinions, complaints, politics, a damaged reputation. */
export const CRITICISM = wordSet({
  de: ['Kritik', 'kritisch', 'Kritiker', 'negativ', 'Beschwerde', 'Reklamation', 'Verriss', 'unzufrieden', 'Shitstorm', 'politisch', 'Meinung', 'rufschädigend', 'geschäftsschädigend', 'imageschädigend', 'Behauptung', 'belegbar', 'unliebsam', 'unerwünscht', 'unsachlich', 'Widerspruch', 'Gegenmeinung', 'Unmut', 'Ärger', 'Vorwurf', 'Vorwürfe', 'unvorteilhaft'],
  en: ['criticism', 'critical', 'critic', 'criticise', 'criticize', 'negative', 'complaint', 'complain', 'unfavourable', 'unfavorable', 'political', 'politics', 'opinion', 'disagree', 'disagreement', 'dissatisfied', 'unhappy', 'reputation', 'damaging', 'embarrassing', 'unflattering', 'controversial', 'dislike', 'objectionable', 'inappropriate', 'unwanted', 'undesirable', 'allegation', 'accusation', 'claim', 'unverified', 'discretion'],
});

/** What a netiquette removes without removing criticism. */
export const MODERATED = wordSet({
  de: ['Regel', 'Regeln', 'Verstoß', 'verstoßen', 'Richtlinie', 'Nutzungsbedingungen', 'Thema', 'themenfremd', 'Spam', 'Beleidigung', 'beleidigend', 'Hass', 'Hassrede', 'Hetze', 'Drohung', 'Bedrohung', 'Rassismus', 'rassistisch', 'Sexismus', 'sexistisch', 'Diskriminierung', 'diskriminierend', 'Belästigung', 'Beschimpfung', 'obszön', 'vulgär', 'Werbung', 'Schleichwerbung', 'Gewalt', 'gewaltverherrlichend', 'Pornografie', 'pornografisch', 'rechtswidrig', 'strafbar', 'Recht', 'Gesetz', 'illegal', 'Urheberrecht', 'Daten', 'personenbezogen', 'Verleumdung', 'verleumderisch', 'Netiquette', 'Schimpfwort', 'Fäkalsprache', 'Extremismus', 'extremistisch', 'volksverhetzend', 'Falschinformation', 'Desinformation', 'Trolle', 'Bot', 'Kettenbrief', 'Links', 'Jugendschutz', 'menschenverachtend', 'anstößig', 'Persönlichkeitsrecht', 'Privatsphäre'],
  en: ['rules', 'violation', 'breach', 'guidelines', 'unrelated', 'topic', 'spam', 'insult', 'insulting', 'offensive', 'obscene', 'vulgar', 'hate', 'hateful', 'threat', 'threatening', 'racist', 'racism', 'sexist', 'sexism', 'discriminatory', 'discrimination', 'harassment', 'harass', 'abusive', 'abuse', 'profanity', 'profane', 'foul', 'swearing', 'pornographic', 'advertising', 'advert', 'commercial', 'solicitation', 'illegal', 'unlawful', 'law', 'copyright', 'personal', 'privacy', 'defamatory', 'libellous', 'libelous', 'bot', 'troll', 'trolling', 'malware', 'phishing', 'violence', 'violent', 'explicit', 'bullying', 'impersonation', 'misinformation', 'disinformation', 'off-topic', 'repetitive', 'terms'],
});

/** Negations; an English one negates a verb after it ("do not delete"), a German one may stand after it ("löschen wir nicht"). */
export const NEGATIONS = new Set(['not', 'never', 'no', 'nothing', 'none', 'neither', 'nor', 'cannot', "don't", "doesn't", "won't", "didn't", "can't", "isn't", "aren't", "shouldn't", 'dont', 'doesnt', 'wont', 'nicht', 'nichts', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'keinesfalls', 'keineswegs']);

/** Answers that are no answer. */
export const PLACEHOLDERS = new Set(['', '-', '–', '—', '--', '?', 'n/a', 'na', 'n.a', 'none', 'nothing', 'nichts', 'keine', 'entfällt', 'k. a', 'k.a', 'tbd', 'todo', '...', '…', 'x']);

/** Plans not to respond, as whole phrases. */
export const NO_RESPONSE = phraseMatcher([
  'ignore it',
  'ignore them',
  'ignore',
  'no response',
  'no comment',
  'no response necessary',
  'no response needed',
  'no reply',
  'no action',
  'do nothing',
  'not respond',
  'not reply',
  'not react',
  'not comment',
  'wait it out',
  'let it blow over',
  'ignorieren',
  'keine Reaktion',
  'keine Antwort',
  'nicht reagieren',
  'reagieren nicht',
  'reagieren wir nicht',
  'nicht antworten',
  'antworten nicht',
  'antworten wir nicht',
  'nicht kommentieren',
  'kommentieren wir nicht',
  'nichts tun',
  'aussitzen',
  'abwarten',
  'nicht beachten',
  'Nicht füttern',
  "don't feed",
  'do not feed',
  'let them',
  'let the community',
  'let others',
  'let it go',
]);

/** Words of keeping what was posted. */
export const KEEP = wordSet({ de: ['bleibt', 'bleiben', 'stehen', 'erhalten'], en: ['stays', 'stay', 'remains', 'remain', 'kept', 'keep'] });

/** Words of ignoring. */
export const IGNORE = wordSet({ de: ['ignorieren', 'aussitzen', 'abwarten'], en: ['ignore', 'disregard'] });

/** Things a response does. */
export const ACTIONS = wordSet({
  de: ['entscheiden', 'entscheidet', 'einschalten', 'einbeziehen', 'hinzuziehen', 'antworten', 'beantworten', 'reagieren', 'entschuldigen', 'anbieten', 'kontaktieren', 'melden', 'weiterleiten', 'danken', 'bedanken', 'erklären', 'richtigstellen', 'klarstellen', 'ausblenden', 'verbergen', 'löschen', 'eskalieren', 'informieren', 'anrufen', 'einladen', 'prüfen', 'klären', 'aufgreifen', 'verweisen', 'zurückrufen', 'Stellung', 'Lösung', 'Entschuldigung', 'Antwort', 'Dank', 'füttern', 'kommentieren', 'Stellungnahme', 'nachfragen', 'moderieren', 'sperren', 'entfernen', 'veröffentlichen', 'posten', 'bitten', 'zeigen', 'übernehmen', 'korrigieren'],
  en: ['bring', 'decide', 'decides', 'involve', 'dignify', 'respond', 'reply', 'answer', 'acknowledge', 'apologise', 'apologize', 'offer', 'contact', 'report', 'forward', 'thank', 'explain', 'correct', 'clarify', 'hide', 'delete', 'escalate', 'inform', 'call', 'invite', 'check', 'investigate', 'resolve', 'address', 'refer', 'move', 'reach', 'engage', 'post', 'publish', 'feed', 'moderate', 'block', 'remove', 'follow', 'ask', 'share', 'direct', 'redirect', 'provide', 'statement', 'apology', 'solution'],
});
