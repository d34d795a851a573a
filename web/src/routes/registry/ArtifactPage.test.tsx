import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt, tokenViewer } from '../../test/render';
import { aliasOutcome } from './ArtifactAliases';
import { ArtifactPage } from './ArtifactPage';

const artifactId = 'TW9kZWxBcnRpZmFjdDox';
const versionRef = (n: number) => ({ __typename: 'ModelVersion', id: `TW9kZWxWZXJzaW9uOj${n}`, version: n, label: null });

function version(n: number, aliases: Array<{ id: string; name: string }>) {
  return {
    ...versionRef(n),
    status: 'READY',
    description: null,
    metrics: { evalLoss: 2 - n / 10, trainLoss: 2.1 },
    sha256: `${n}`.repeat(64),
    sizeBytes: 157544,
    downloadUrl: `/model-versions/${n}/weights`,
    createdAt: '2026-11-22T10:00:00.000Z',
    aliases: aliases.map((alias) => ({ __typename: 'ModelAlias', ...alias })),
    sourceRun: { __typename: 'Run', id: `UnVuOj${n}`, name: `lr sweep · trial ${n}` },
    sourceTrial: { __typename: 'Trial', id: `VHJpYWw6${n}`, number: n },
    tuningJob: { __typename: 'TuningJob', id: 'VHVuaW5nSm9iOjE=', name: 'lr sweep' },
    dataset: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1' },
  };
}

function artifact(productionAt: number) {
  const moves = productionAt === 1 ? [null] : [null, 1];
  const alias = { id: 'TW9kZWxBbGlhczox', name: 'production' };
  return {
    __typename: 'ModelArtifact',
    id: artifactId,
    name: 'arith-char-model',
    description: null,
    taskType: 'sft',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:05:00.000Z',
    aliases: [
      {
        __typename: 'ModelAlias',
        ...alias,
        updatedAt: '2026-11-22T10:05:00.000Z',
        version: versionRef(productionAt),
        history: moves.map((from, index) => ({
          __typename: 'ModelAliasChange',
          createdAt: '2026-11-22T10:05:00.000Z',
          fromVersion: from === null ? null : versionRef(from),
          toVersion: versionRef(index + 1),
        })),
      },
    ],
    versions: connection(
      'ModelVersionConnection',
      [2, 1].map((n) => version(n, n === productionAt ? [alias] : [])),
    ),
  };
}

describe('ArtifactPage', () => {
  it('lists versions with their provenance and moves an alias', async () => {
    const mock = createMockClient({
      ModelArtifact: { data: { modelArtifact: artifact(1) } },
      SetModelAlias: {
        data: {
          setModelAlias: {
            __typename: 'SetModelAliasPayload',
            changed: true,
            alias: {
              __typename: 'ModelAlias',
              id: 'TW9kZWxBbGlhczox',
              name: 'production',
              version: versionRef(2),
              history: [
                { __typename: 'ModelAliasChange', fromVersion: null },
                { __typename: 'ModelAliasChange', fromVersion: versionRef(1) },
              ],
              artifact: artifact(2),
            },
          },
        },
      },
    });
    renderAt(`/registry/${artifactId}`, <ArtifactPage artifactId={artifactId} />, mock);

    const versions = await screen.findAllByTestId('artifact:version');
    expect(versions.map((row) => row.dataset.version)).toEqual(['2', '1']);
    expect(versions[1]?.textContent).toContain('production');
    expect(versions[0]?.textContent).toContain('evalLoss 1.8');
    expect(
      within(versions[0] as HTMLElement)
        .getByRole('link', { name: 'lr sweep · trial 2' })
        .getAttribute('href'),
    ).toBe('/runs/UnVuOj2');
    expect(screen.getByTestId('artifact:alias').textContent).toContain('→ v1');
    const download = within(versions[0] as HTMLElement).getByTestId('artifact:version-download');
    expect(download.getAttribute('href')).toBe('http://localhost:3000/model-versions/2/weights');
    expect(download.getAttribute('aria-label')).toBe('Download the weights of v2 (153.9 KiB)');

    // The newest version is preselected.
    fireEvent.click(screen.getByTestId('artifact:alias-submit'));

    expect((await screen.findByTestId('artifact:alias-result')).textContent).toBe('production moved to v2.');
    expect(screen.getByTestId('artifact:alias').textContent).toContain('→ v2');
    const [newest, oldest] = screen.getAllByTestId('artifact:version');
    expect(newest?.textContent).toContain('production');
    expect(oldest?.textContent).not.toContain('production');
    const sent = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(sent?.variables).toEqual({ input: { artifactId, name: 'production', versionId: versionRef(2).id } });
  });

  it('shows a read-only token the aliases without the form that moves them', async () => {
    const mock = createMockClient({ ModelArtifact: { data: { modelArtifact: artifact(1) } } });
    renderAt(`/registry/${artifactId}`, <ArtifactPage artifactId={artifactId} />, mock, tokenViewer('READ'));

    expect((await screen.findAllByTestId('artifact:alias')).map((alias) => alias.dataset.alias)).toEqual(['production']);
    expect(screen.queryByTestId('artifact:alias-form')).toBeNull();
  });
});

describe('aliasOutcome', () => {
  const alias = (fromVersions: Array<string | null>) => ({
    name: 'production',
    version: { version: 3 },
    history: fromVersions.map((id) => ({ fromVersion: id === null ? null : { id } })),
  });

  it('says "set" for a new alias, "moved" for a later move, and when nothing changed', () => {
    expect(aliasOutcome({ changed: true, alias: alias([null]) })).toBe('production set to v3.');
    expect(aliasOutcome({ changed: true, alias: alias([null, 'v1']) })).toBe('production moved to v3.');
    expect(aliasOutcome({ changed: false, alias: alias([null, 'v1']) })).toBe('production already pointed at v3.');
  });
});
