import type { DataPath } from '../../../strategy/document.js';
import { findUnknownKeys, keyHomes } from '../../../strategy/shape.js';
import { defineRule } from '../../rule.js';

const KEY_HOMES = keyHomes();

/** The mapping path of the data path's parent, in the same form: ['goals', 0, 'kpi'] → `goals[].kpi`. */
function mappingPath(path: DataPath): string {
  return path.reduce<string>((at, segment) => (typeof segment === 'number' ? `${at}[]` : at ? `${at}.${segment}` : segment), '');
}

/**
 * A key that format v1 knows in exactly one other mapping: `metric` written straight
 * under a goal belongs under its `kpi`, a top-level `owner` under `team`. Said
 * relative to where the key stands when that mapping is inside it.
 */
function otherHome(path: DataPath): string | undefined {
  const key = String(path.at(-1));
  const homes = KEY_HOMES.get(key) ?? KEY_HOMES.get(key.toLowerCase());
  if (homes?.length !== 1) return undefined;
  const home = homes[0]!;
  const here = mappingPath(path.slice(0, -1));
  if (!here) return home;
  return home.startsWith(`${here}.`) ? home.slice(here.length + 1) : home;
}

export default defineRule({
  id: 'strategy/unknown-key',
  severity: 'warn',
  description: {
    en: 'Every key is one that format version 1 knows.',
    de: 'Jeder Schlüssel ist einer, den Formatversion 1 kennt.',
  },
  messages: {
    unknown: {
      en: 'Unknown key "{key}"; smplan keeps it but does not read it. Move what it says into a key of format version 1, or remove it.',
      de: 'Unbekannter Schlüssel „{key}“; smplan behält ihn, liest ihn aber nicht. Übertragen Sie den Inhalt in einen Schlüssel von Formatversion 1 oder entfernen Sie ihn.',
    },
    typo: {
      en: 'Unknown key "{key}"; did you mean "{suggestion}"?',
      de: 'Unbekannter Schlüssel „{key}“; meinten Sie „{suggestion}“?',
    },
    'top-level': {
      en: 'Key "{key}" is not read here; format version 1 knows it at the top level of the file: move it there.',
      de: 'Schlüssel „{key}“ wird hier nicht gelesen; Formatversion 1 kennt ihn auf der obersten Ebene der Datei: verschieben Sie ihn dorthin.',
    },
    misplaced: {
      en: 'Key "{key}" is not read here; format version 1 knows it under "{home}": move it there.',
      de: 'Schlüssel „{key}“ wird hier nicht gelesen; Formatversion 1 kennt ihn unter „{home}“: verschieben Sie ihn dorthin.',
    },
  },
  check({ document, report }) {
    for (const { path, suggestion } of findUnknownKeys(document.data)) {
      const key = String(path.at(-1));
      const home = suggestion ? undefined : otherHome(path);
      // The key itself is what is wrong, so the finding points at it, not at its value.
      if (suggestion) report('typo', path, { key, suggestion }, 'key');
      else if (home === '') report('top-level', path, { key }, 'key');
      else if (home) report('misplaced', path, { key, home }, 'key');
      else report('unknown', path, { key }, 'key');
    }
  },
});
