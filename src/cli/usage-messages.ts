/** Usage problems more than one command has. */
export const FORMAT = { en: '--format must be one of {formats}, not "{format}"', de: '--format muss eines von {formats} sein, nicht „{format}“' };
