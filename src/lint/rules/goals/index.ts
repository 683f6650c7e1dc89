/** The rules of question 1, "What are our goals?", plus the id and channel checks across sections. */
import type { Rule } from '../../rule.js';
import baseline from './baseline.js';
import businessOutcome from './business-outcome.js';
import deadlinePassed from './deadline-passed.js';
import deadline from './deadline.js';
import direction from './direction.js';
import measurementDate from './measurement-date.js';
import noData from './no-data.js';
import ratePeriod from './rate-period.js';
import metric from './metric.js';
import offTrack from './off-track.js';
import present from './present.js';
import source from './source.js';
import targetEqualsBaseline from './target-equals-baseline.js';
import target from './target.js';
import tooMany from './too-many.js';
import uniqueIds from './unique-ids.js';
import unknownChannel from './unknown-channel.js';
import vagueWording from './vague-wording.js';
import vanityOnly from './vanity-only.js';

export default [
  present,
  metric,
  target,
  deadline,
  baseline,
  source,
  businessOutcome,
  vagueWording,
  vanityOnly,
  tooMany,
  targetEqualsBaseline,
  deadlinePassed,
  offTrack,
  direction,
  noData,
  measurementDate,
  ratePeriod,
  uniqueIds,
  unknownChannel,
] as Rule[];
