/** The part of snowball-stemmers (a development dependency, measured against the stemmers smplan uses) that the comparison calls. */
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
}
