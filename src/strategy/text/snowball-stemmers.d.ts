/** The part of snowball-stemmers (a JavaScript port of the Snowball stemmers) that smplan uses. */
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
