import type { Formatter } from './formatter.js';

const github: Formatter = () => {
  throw new Error('the github format is not built yet');
};

export default github;
