import { Fragment, type ReactNode } from 'react';

/** One line of a facts list; `false`/`null` leave it out (a fact that does not apply). */
export type Fact = { label: string; value: ReactNode; testid?: string } | false | null | undefined;

/** An item's facts as a two-column list: what, then its value. */
export function Facts({ facts, 'data-testid': testid }: { facts: ReadonlyArray<Fact>; 'data-testid'?: string }) {
  return (
    <dl className="facts" data-testid={testid}>
      {facts.map(
        (fact) =>
          fact && (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              <dd data-testid={fact.testid}>{fact.value}</dd>
            </Fragment>
          ),
      )}
    </dl>
  );
}
