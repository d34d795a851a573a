import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportTraces } from './ImportTraces';

/** Stands in for the browser's XMLHttpRequest: the test plays the upload and the server's answer. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (event: { loaded: number }) => void } = {};
  onprogress?: () => void;
  onload?: () => void;
  onerror?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  /** The server's NDJSON so far. */
  answer(lines: object[], { done = false } = {}) {
    this.status = 200;
    this.responseText = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
    act(() => (done ? this.onload?.() : this.onprogress?.()));
  }
}

const fileOf = (text: string) => new File([text], 'traces.jsonl', { type: 'application/x-ndjson' });

function chooseFile(file: File) {
  fireEvent.change(screen.getByTestId('traces:import-file'), { target: { files: [file] } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

describe('ImportTraces', () => {
  it('streams the file to the import endpoint with a progress bar, then lists the bad lines', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const onImported = vi.fn();
    render(<ImportTraces onImported={onImported} />);
    const file = fileOf('x'.repeat(2000));
    chooseFile(file);

    const xhr = FakeXhr.last as FakeXhr;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/import/traces?invalid=skip');
    expect(xhr.headers['content-type']).toBe('application/x-ndjson');
    expect(xhr.body).toBe(file);
    expect(screen.getByTestId('traces:import-file')).toHaveProperty('disabled', true);

    act(() => xhr.upload.onprogress?.({ loaded: 500 }));
    const bar = screen.getByTestId('traces:import-progress');
    expect(bar.getAttribute('max')).toBe('2000');
    expect(bar.getAttribute('value')).toBe('500');

    xhr.answer([
      { type: 'progress', lines: 1000, bytes: 1000, written: 999, invalid: 1 },
      { type: 'error', line: 4, field: null, message: 'not JSON (Unexpected token)' },
    ]);
    expect(screen.getByTestId('traces:import-status').textContent).toContain('1,000 lines read');
    expect(screen.getByTestId('traces:import-problems').textContent).toBe('Line 4: not JSON (Unexpected token)');
    expect(screen.queryByTestId('traces:import-summary')).toBeNull();

    xhr.answer(
      [
        { type: 'error', line: 4, field: null, message: 'not JSON (Unexpected token)' },
        { type: 'error', line: 1203, field: 'steps.0.content', message: 'must not be empty' },
        { type: 'result', status: 'IMPORTED', lines: 1500, imported: 1498, invalid: 2 },
      ],
      { done: true },
    );
    expect((await screen.findByTestId('traces:import-summary')).textContent).toBe('1,498 traces imported, 2 problems.');
    expect(bar.getAttribute('value')).toBe('2000');
    expect([...screen.getByTestId('traces:import-problems').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Line 4: not JSON (Unexpected token)',
      'Line 1,203: steps.0.content: must not be empty',
    ]);
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('traces:import-file')).toHaveProperty('disabled', false);
  });

  it('unticked, asks the server to store nothing of a file with a bad line, and says so', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const onImported = vi.fn();
    render(<ImportTraces onImported={onImported} />);
    fireEvent.click(screen.getByTestId('traces:import-skip-invalid'));
    chooseFile(fileOf('{\n'));
    const xhr = FakeXhr.last as FakeXhr;
    expect(xhr.url).toBe('/import/traces');
    xhr.answer(
      [
        { type: 'error', line: 1, field: null, message: 'not JSON' },
        { type: 'result', status: 'REJECTED', lines: 1, imported: 0, invalid: 1 },
      ],
      { done: true },
    );
    expect((await screen.findByTestId('traces:import-summary')).textContent).toBe(
      'Nothing imported, 1 problem (a bad line stores nothing unless bad lines are skipped).',
    );
    expect(onImported).not.toHaveBeenCalled();
  });

  it("shows the server's reason when it refuses the upload", async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    render(<ImportTraces onImported={() => {}} />);
    chooseFile(fileOf('{}\n'));
    const xhr = FakeXhr.last as FakeXhr;
    xhr.status = 403;
    xhr.responseText = JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Importing traces needs a WRITE or ADMIN token' } });
    act(() => xhr.onload?.());
    expect((await screen.findByTestId('traces:import-summary')).textContent).toBe(
      'Nothing imported: Importing traces needs a WRITE or ADMIN token',
    );
  });
});
