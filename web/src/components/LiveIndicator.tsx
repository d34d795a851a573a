/** Whether a page section is receiving updates: "● live" while subscribed, or why not. */
export function LiveIndicator({
  live,
  finished,
  finishedText = 'final',
  'data-testid': testId,
}: {
  live: boolean;
  /** Nothing more will come (the run or job has ended and everything arrived). */
  finished: boolean;
  finishedText?: string;
  'data-testid'?: string;
}) {
  const text = finished ? finishedText : live ? '● live' : 'not live';
  return (
    <span className={live && !finished ? 'live live--on' : 'live'} data-testid={testId}>
      {text}
    </span>
  );
}
