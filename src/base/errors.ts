import { formatMessage, type Language, type Message, type MessageData } from './message.js';

/** A usage, configuration or I/O problem: one line, exit 2; `language` is the one its message is written in, when it is known. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly language?: Language,
  ) {
    super(message);
  }
}

/** A usage problem said in either language; `in` gives the text of the run's language. */
export class LocalizedError extends UsageError {
  override name = 'LocalizedError';
  constructor(
    readonly text: Message,
    readonly data: MessageData = {},
  ) {
    super(formatMessage(text, 'en', data));
  }

  in(language: Language): string {
    return formatMessage(this.text, language, this.data);
  }
}
