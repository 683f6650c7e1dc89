/**
 * The small part of glob syntax that people type for strategy files:
 * `*`, `?`, `**`, `{a,b}` and `[abc]`, matched against `/`-separated relative paths.
 * (Node 20 has no stable glob; `path.matchesGlob` is experimental and warns.)
 */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index]!;
    if (character === '*' && glob[index + 1] === '*') {
      // `**/` matches any number of folders, including none.
      const slash = glob[index + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      index += slash ? 2 : 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else if (character === '{') {
      const end = glob.indexOf('}', index);
      if (end === -1) source += '\\{';
      else {
        source += `(?:${glob.slice(index + 1, end).split(',').map((part) => globToRegExp(part).source.slice(1, -1)).join('|')})`;
        index = end;
      }
    } else if (character === '[') {
      const end = glob.indexOf(']', index + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${glob.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = end;
      }
    } else source += character.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The folder part of a glob before its first wildcard: where to start walking. */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const firstWild = parts.findIndex(isGlob);
  return parts.slice(0, firstWild).join('/') || '.';
}
