/** @module stats/constants — resample counts shared by the summary's bootstraps. */

/** Bootstrap resamples for a row's interval. */
export const SUMMARY_REPS = 2000;
/** Bootstrap resamples for a pairwise difference's interval. */
export const SUMMARY_REPS_PAIRS = 2000;
