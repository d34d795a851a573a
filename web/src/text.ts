/** One line of at most `max` characters (code points), with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= max ? oneLine : `${chars.slice(0, max - 1).join('')}…`;
}
