/**
 * @module scorers/marks — the check and cross marks a reply uses as verdicts, in one place.
 *
 * `CHECKS` and `CROSSES` are the characters (for building a character class); `CHECK`,
 * `CROSS` and `MARK` test a text for one of them; `IS_CHECK` and `IS_MARK` test a whole token.
 */
export const CHECKS = '✓✔✅☑';
export const CROSSES = '✗✘❌❎☒';
export const CHECK = new RegExp(`[${CHECKS}]`, 'u');
export const CROSS = new RegExp(`[${CROSSES}]`, 'u');
export const MARK = new RegExp(`[${CHECKS}${CROSSES}]`, 'u');
export const IS_CHECK = new RegExp(`^[${CHECKS}]$`, 'u');
export const IS_MARK = new RegExp(`^[${CHECKS}${CROSSES}]$`, 'u');
/** The marks as regex alternatives ("✓|✔|…"), for patterns that capture which mark was used. */
export const MARK_ALTERNATIVES = [...CHECKS, ...CROSSES].join('|');
