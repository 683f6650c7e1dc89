import type { Formatter } from './formatter.js';

const junit: Formatter = () => {
  throw new Error('the junit format is not built yet');
};

export default junit;
