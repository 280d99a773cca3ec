/**
 * Building arrays in time linear in what they hold, for lists that grow with the number of
 * findings or files (a history can hold 200,000 findings: npm run bench, case e).
 */

/**
 * `target.push(...items)` without the spread: a spread passes each item as an argument on the
 * stack, and past ~125,000 of them V8 throws "Maximum call stack size exceeded" (issue 10, item 14).
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * Adds `value` to the list under `key`. `map.set(key, [...(map.get(key) ?? []), value])` copies the
 * list on every call: quadratic in the size of a group.
 */
export function pushToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [value]);
  else group.push(value);
}
