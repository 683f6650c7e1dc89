import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../src/cli/interactive.js';

describe('lines for the terminal', () => {
  it('break at spaces, never inside a word, and keep their indentation', () => {
    const intro = 'smplan schreibt Ihre Social-Media-Strategie nach smplan.yaml. Es stellt fünf Fragen: Ziele, Zielgruppen, Team, Mitarbeitende und Kritik.';
    const wrapped = wrapLine(intro, 40).split('\n');
    expect(wrapped.every((line) => line.length <= 40)).toBe(true);
    expect(wrapped.join(' ')).toBe(intro);
    expect(wrapLine('  a b c d', 5)).toBe('  a b\n  c d');
    // style codes take no room
    expect(wrapLine('\x1b[1mab cd\x1b[22m', 5)).toBe('\x1b[1mab cd\x1b[22m');
  });
});
