import { describe, expect, it } from 'vitest';
import {
  type ExportableTrace,
  exportLine,
  pythonIsoformat,
  pythonJsonDumps,
  renderTunixSftPrompt,
  trainingExampleId,
} from './export-formats.ts';

const trace: ExportableTrace = {
  id: '0190a0b2-0000-7000-8000-000000000001',
  createdAt: new Date('2025-01-02T03:04:05.123Z'),
  traceVersion: '1.0',
  prompt: 'What is 2 + 2?',
  finalAnswer: '4',
  steps: [{ content: 'Add 2 and 2' }, { content: '2 + 2 = 4' }],
  meta: { source: 'unit' },
};

describe('export formats (reference §3.4)', () => {
  it('renders the Gemma template of tunix_sft, with and without steps', () => {
    expect(renderTunixSftPrompt('{prompt}', ['s1', 's2'], '{final}')).toBe(
      '<start_of_turn>user\n{prompt}<end_of_turn>\n<start_of_turn>model\nReasoning:\n1. s1\n2. s2\nAnswer: {final}<end_of_turn>',
    );
    expect(renderTunixSftPrompt('p', [], 'a')).toBe(
      '<start_of_turn>user\np<end_of_turn>\n<start_of_turn>model\nAnswer: a<end_of_turn>',
    );
    expect(renderTunixSftPrompt('p', [], 'a', 'Be brief.')).toContain('user\nBe brief.\n\np<end_of_turn>');
  });

  // Expected lines are what the reference's json.dumps() writes for the same trace.
  it('writes the trace format', () => {
    expect(exportLine(trace, 'TRACE')).toBe(
      '{"id": "0190a0b2-0000-7000-8000-000000000001", "prompts": "What is 2 + 2?", "trace_steps": ["Add 2 and 2", "2 + 2 = 4"], ' +
        '"final_answer": "4", "metadata": {"created_at": "2025-01-02T03:04:05.123000+00:00", "trace_version": "1.0", "source": "unit"}}\n',
    );
  });

  it('writes the tunix_sft format', () => {
    expect(exportLine(trace, 'TUNIX_SFT')).toBe(
      '{"id": "0190a0b2-0000-7000-8000-000000000001", "prompts": "<start_of_turn>user\\nWhat is 2 + 2?<end_of_turn>\\n' +
        '<start_of_turn>model\\nReasoning:\\n1. Add 2 and 2\\n2. 2 + 2 = 4\\nAnswer: 4<end_of_turn>", "final_answer": "4", ' +
        '"metadata": {"created_at": "2025-01-02T03:04:05.123000+00:00", "trace_version": "1.0", "format": "tunix_sft", "source": "unit"}}\n',
    );
  });

  it('writes the training_example format with an id derived from the trace id', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "tunix-rt:training_example:0190a0b2-0000-7000-8000-000000000001")
    expect(trainingExampleId(trace.id)).toBe('b775ab97-9ee3-5185-813e-293e9d8c5462');
    expect(exportLine(trace, 'TRAINING_EXAMPLE')).toBe(
      '{"id": "b775ab97-9ee3-5185-813e-293e9d8c5462", "prompt": "What is 2 + 2?\\n\\nPlease show your reasoning steps.", ' +
        '"response": "Reasoning:\\n1. Add 2 and 2\\n2. 2 + 2 = 4\\nAnswer: 4", "metadata": {"source_trace_id": ' +
        '"0190a0b2-0000-7000-8000-000000000001", "created_at": "2025-01-02T03:04:05.123000+00:00", "trace_version": "1.0", "source": "unit"}}\n',
    );
    const noSteps = JSON.parse(exportLine({ ...trace, steps: [] }, 'TRAINING_EXAMPLE'));
    expect(noSteps.response).toBe('Answer: 4');
  });

  it('lets meta keys override the fixed metadata keys in place', () => {
    const line = JSON.parse(exportLine({ ...trace, meta: { format: 'mine', created_at: 'then' } }, 'TUNIX_SFT'));
    expect(Object.entries(line.metadata)).toEqual([
      ['created_at', 'then'],
      ['trace_version', '1.0'],
      ['format', 'mine'],
    ]);
  });

  it('serializes like Python json.dumps (checked against CPython 3)', () => {
    expect(
      pythonJsonDumps({
        a: 'é😀\u007f\u2028\u0001"\\',
        b: [1, 2.5, 1e-5, 123456789012, 0.0001, 1.5e-7, 1e22, true, null],
        c: {},
        d: [],
      }),
    ).toBe(
      '{"a": "\\u00e9\\ud83d\\ude00\\u007f\\u2028\\u0001\\"\\\\", "b": [1, 2.5, 1e-05, 123456789012, 0.0001, 1.5e-07, ' +
        '10000000000000000000000, true, null], "c": {}, "d": []}',
    );
  });

  it("writes times as Python's isoformat()", () => {
    expect(pythonIsoformat(new Date('2025-01-02T03:04:05.000Z'))).toBe('2025-01-02T03:04:05+00:00');
    expect(pythonIsoformat(new Date('2025-01-02T03:04:05.007Z'))).toBe('2025-01-02T03:04:05.007000+00:00');
  });
});
