/** How output is styled: formatters and views are handed one, and never detect a terminal themselves. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const plain = (text: string) => text;
export const NO_COLORS: Colors = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain, underline: plain };
