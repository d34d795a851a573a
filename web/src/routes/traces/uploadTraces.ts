// Sends a JSON-lines file to the server's POST /import/traces and reads the NDJSON it answers with.
// XMLHttpRequest, not fetch: it reports upload progress, which is what a large file waits on.
import { readStoredToken } from '../../auth/tokenStore';

export const IMPORT_PATH = '/import/traces';

export interface LineProblem {
  line: number;
  field: string | null;
  message: string;
}

export interface ImportOutcome {
  status: 'IMPORTED' | 'REJECTED' | 'FAILED';
  lines: number;
  imported: number;
  invalid: number;
  message?: string;
}

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  /** What the server has said so far: lines read, rows written, problems found. */
  lines: number;
  written: number;
  problems: LineProblem[];
}

interface ServerLine extends Partial<ImportOutcome>, Partial<LineProblem> {
  type: 'progress' | 'error' | 'result';
  written?: number;
}

/** The server's lines in `text` (NDJSON); a last line still arriving is left for later. */
function completeLines(text: string): ServerLine[] {
  const end = text.lastIndexOf('\n');
  if (end < 0) return [];
  return text
    .slice(0, end)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ServerLine);
}

/**
 * Uploads `file`; `onProgress` hears about the upload and the server's reports. Resolves with the
 * server's result (a refused request, such as a bad token, is a FAILED outcome with its message).
 */
export function uploadTraces(
  file: Blob,
  { skipInvalid, onProgress }: { skipInvalid: boolean; onProgress: (progress: UploadProgress) => void },
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const progress: UploadProgress = { sentBytes: 0, totalBytes: file.size, lines: 0, written: 0, problems: [] };
    const read = (text: string) => {
      progress.problems = [];
      let outcome: ImportOutcome | undefined;
      for (const line of completeLines(text)) {
        if (line.type === 'progress') Object.assign(progress, { lines: line.lines ?? 0, written: line.written ?? 0 });
        else if (line.type === 'error')
          progress.problems.push({ line: line.line ?? 0, field: line.field ?? null, message: line.message ?? '' });
        else outcome = line as ImportOutcome;
      }
      onProgress({ ...progress });
      return outcome;
    };
    xhr.open('POST', `${IMPORT_PATH}${skipInvalid ? '?invalid=skip' : ''}`);
    xhr.setRequestHeader('content-type', 'application/x-ndjson');
    const token = readStoredToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      progress.sentBytes = event.loaded;
      onProgress({ ...progress });
    };
    xhr.onprogress = () => {
      if (xhr.status === 200) read(xhr.responseText);
    };
    xhr.onload = () => {
      progress.sentBytes = file.size;
      if (xhr.status === 200) {
        const outcome = read(xhr.responseText);
        resolve(outcome ?? { status: 'FAILED', lines: 0, imported: 0, invalid: 0, message: 'The server ended without a result' });
        return;
      }
      let message = `HTTP ${xhr.status}`;
      try {
        message = (JSON.parse(xhr.responseText) as { error: { message: string } }).error.message;
      } catch {}
      onProgress({ ...progress });
      resolve({ status: 'FAILED', lines: 0, imported: 0, invalid: 0, message });
    };
    xhr.onerror = () =>
      resolve({ status: 'FAILED', lines: 0, imported: 0, invalid: 0, message: 'The server could not be reached' });
    xhr.send(file);
  });
}
