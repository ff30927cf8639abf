/**
 * Validation that is not repeated for a part of a profile that cannot have
 * changed. A deeply frozen object (`Object.freeze` on it and on everything
 * in it) can never change, so once it has passed a schema it passes again,
 * and gives the same output object. The profile studio freezes its document
 * and changes it by copying only the path to an edit, so a key press in a
 * 2 MB profile re-checks one section, not a thousand, and the elements see
 * every unchanged section as the same object (and skip re-rendering it).
 *
 * Anything not frozen, or not valid, is checked every time, as before.
 */
import type * as v from 'valibot';

/**
 * Whether `value` and everything reachable from it are frozen. An unfrozen
 * top answers at once; a frozen one is walked (without recursion, so a deep
 * nest cannot overflow the stack).
 */
export function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  const seen = new Set<object>([value]);
  const stack: object[] = [value];
  while (stack.length) {
    const next = stack.pop()!;
    for (const key of Object.keys(next)) {
      const child = (next as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null || seen.has(child)) continue;
      if (!Object.isFrozen(child)) return false;
      seen.add(child);
      stack.push(child);
    }
  }
  return true;
}

type Run = (dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) => v.OutputDataset<unknown, v.BaseIssue<unknown>>;

/**
 * `schema`, remembering the output for each deeply frozen input that passed
 * it: the same input later gets the same output without being checked again.
 * Everything else about the schema (its kind, entries, the JSON Schema made
 * from it) is unchanged.
 */
export function memoizeFrozen<S extends v.GenericSchema>(schema: S): S {
  const passed = new WeakMap<object, unknown>();
  const run = (schema['~run'] as Run).bind(schema);
  const memoized: Run = (dataset, config) => {
    const input = dataset.value;
    const frozen = typeof input === 'object' && input !== null && Object.isFrozen(input);
    if (frozen && passed.has(input)) return {typed: true, value: passed.get(input)};
    const result = run(dataset, config);
    if (frozen && result.typed && !result.issues && deeplyFrozen(input)) passed.set(input, result.value);
    return result;
  };
  // `~standard` (Standard Schema's validate) stays the schema's own: checked every time.
  return {...schema, '~run': memoized} as S;
}
