/** Numbers the steps of one remediation block in the order they are printed (their count varies). */
export type NextStep = () => number;

export function stepCounter(): NextStep {
  let step = 0;
  return () => ++step;
}
