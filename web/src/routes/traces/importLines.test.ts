import { describe, expect, it } from 'vitest';
import { parseTraceLines } from './importLines';

describe('parseTraceLines', () => {
  it('reads createTrace inputs and TRACE export lines, numbering lines as an editor does', () => {
    const text = [
      JSON.stringify({ prompt: 'p', finalAnswer: 'a', steps: [{ i: 0, type: 't', content: 'c' }], tags: ['x'] }),
      '',
      JSON.stringify({
        prompts: 'q',
        trace_steps: ['one', 'two'],
        final_answer: 'b',
        metadata: { source: 's', created_at: 'x', trace_version: '1.0' },
      }),
      '{not json',
      '[1, 2]',
      JSON.stringify({ prompt: 'no steps' }),
    ].join('\n');
    expect(parseTraceLines(text)).toEqual([
      { line: 1, input: { prompt: 'p', finalAnswer: 'a', steps: [{ i: 0, type: 't', content: 'c' }], tags: ['x'] } },
      {
        line: 3,
        input: {
          prompt: 'q',
          finalAnswer: 'b',
          steps: [
            { i: 0, type: 'step', content: 'one' },
            { i: 1, type: 'step', content: 'two' },
          ],
          traceVersion: '1.0',
          meta: { source: 's' },
        },
      },
      { line: 4, problem: expect.stringContaining('not JSON') },
      { line: 5, problem: 'expected a JSON object' },
      { line: 6, problem: 'expected "steps" (a list) or "trace_steps"' },
    ]);
  });
});
