/** A boilerplate rule: when `test` matches a line's text, the line is dropped with reason `id`. */
export interface LineRule {
  id: string
  test: RegExp | ((text: string) => boolean)
  /** Longest line (in characters) the rule may drop; longer lines are prose that merely mentions it. @default 160 */
  maxLength?: number
}

/**
 * A zone rule: a line matching `start` opens a page region (comments, related links…) that runs
 * to the end of the page, or until a line of real prose when `untilProse` is set.
 */
export interface ZoneRule {
  id: string
  start: RegExp
  untilProse: boolean
}

/** Runs a rule's test on a line. */
export function ruleMatches(rule: LineRule, text: string): boolean {
  if (text.length > (rule.maxLength ?? 160)) return false
  return typeof rule.test === 'function' ? rule.test(text) : rule.test.test(text)
}
