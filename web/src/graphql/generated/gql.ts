/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      authRequired\n      role\n      tokenName\n      scopes {\n        read\n        write\n        admin\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query RunConfigSpec($executor: Executor!) {\n    runConfigSpec(executor: $executor) {\n      executor\n      fields {\n        name\n        type\n        default\n        min\n        max\n        exclusiveMin\n        choices\n        description\n      }\n      rules {\n        description\n      }\n    }\n  }\n": typeof types.RunConfigSpecDocument,
    "\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) {\n      dataset {\n        id\n        name\n        version\n        traceCount\n      }\n    }\n  }\n": typeof types.BuildDatasetDocument,
    "\n  query Dataset($id: ID!, $items: Int!) {\n    dataset(id: $id) {\n      id\n      name\n      version\n      key\n      description\n      traceCount\n      selectionStrategy\n      seed\n      checksum\n      createdAt\n      filters\n      stats\n      traceExport: exportUrl(format: TRACE)\n      trainingExampleExport: exportUrl(format: TRAINING_EXAMPLE)\n      tunixSftExport: exportUrl(format: TUNIX_SFT)\n      items(first: $items) {\n        totalCount\n        edges {\n          node {\n            position\n            trace {\n              id\n              prompt\n              finalAnswer\n              stepCount\n              source\n            }\n          }\n        }\n      }\n      runs(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatasetDocument,
    "\n  query Datasets($first: Int!, $after: String, $filter: DatasetFilter) {\n    datasets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n          selectionStrategy\n          seed\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DatasetsDocument,
    "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CreateRunDocument,
    "\n  query Trainers {\n    trainers {\n      name\n      description\n      defaultTimeoutSeconds\n    }\n  }\n": typeof types.TrainersDocument,
    "\n  fragment ArtifactAliases on ModelArtifact {\n    id\n    aliases {\n      id\n      name\n      updatedAt\n      version {\n        id\n        version\n        label\n      }\n      history {\n        createdAt\n        fromVersion {\n          id\n          version\n        }\n        toVersion {\n          id\n          version\n        }\n      }\n    }\n    ...SetAliasForm\n  }\n": typeof types.ArtifactAliasesFragmentDoc,
    "\n  fragment SetAliasForm on ModelArtifact {\n    id\n    versions(first: 50) {\n      edges {\n        node {\n          id\n          version\n          label\n        }\n      }\n    }\n  }\n": typeof types.SetAliasFormFragmentDoc,
    "\n  mutation SetModelAlias($input: SetModelAliasInput!) {\n    setModelAlias(input: $input) {\n      changed\n      alias {\n        id\n        name\n        artifact {\n          id\n          ...ArtifactDetail\n        }\n      }\n    }\n  }\n": typeof types.SetModelAliasDocument,
    "\n  fragment ArtifactDetail on ModelArtifact {\n    id\n    name\n    ...ArtifactSummary\n    ...ArtifactAliases\n    ...ArtifactVersions\n  }\n": typeof types.ArtifactDetailFragmentDoc,
    "\n  query ModelArtifact($id: ID!) {\n    modelArtifact(id: $id) {\n      id\n      ...ArtifactDetail\n    }\n  }\n": typeof types.ModelArtifactDocument,
    "\n  fragment ArtifactSummary on ModelArtifact {\n    id\n    description\n    taskType\n    createdAt\n    updatedAt\n    versions(first: 50) {\n      totalCount\n    }\n  }\n": typeof types.ArtifactSummaryFragmentDoc,
    "\n  fragment ArtifactVersions on ModelArtifact {\n    id\n    versions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          label\n          status\n          description\n          metrics\n          sha256\n          sizeBytes\n          createdAt\n          aliases {\n            id\n            name\n          }\n          sourceRun {\n            id\n            name\n          }\n          sourceTrial {\n            id\n            number\n          }\n          tuningJob {\n            id\n            name\n          }\n          dataset {\n            id\n            name\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArtifactVersionsFragmentDoc,
    "\n  query ModelArtifacts($first: Int!, $after: String) {\n    modelArtifacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          taskType\n          description\n          updatedAt\n          latestVersion {\n            id\n            version\n            label\n          }\n          aliases {\n            id\n            name\n            version {\n              id\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModelArtifactsDocument,
    "\n  query CompareRuns($ids: [ID!]!, $maxPoints: Int!) {\n    compareRuns(ids: $ids) {\n      configDiff {\n        key\n        values\n      }\n      finalMetrics {\n        name\n        values\n      }\n      runs {\n        id\n        name\n        status\n        dataset {\n          id\n          name\n          version\n        }\n        metricSeries(maxPoints: $maxPoints) {\n          name\n          points {\n            step\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompareRunsDocument,
    "\n  fragment RunArtifacts on Run {\n    artifacts {\n      name\n      sizeBytes\n      sha256\n      downloadUrl\n    }\n  }\n": typeof types.RunArtifactsFragmentDoc,
    "\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    config\n    summaryMetrics\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n": typeof types.RunDetailFragmentDoc,
    "\n  subscription RunLogAppended($runId: ID!, $afterSeq: Int!) {\n    runLogAppended(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      stream\n      text\n    }\n  }\n": typeof types.RunLogAppendedDocument,
    "\n  query RunMetrics($id: ID!, $maxPoints: Int!) {\n    run(id: $id) {\n      id\n      metricSeries(maxPoints: $maxPoints) {\n        name\n        total\n        points {\n          step\n          value\n        }\n      }\n    }\n  }\n": typeof types.RunMetricsDocument,
    "\n  subscription RunMetricRecorded($runId: ID!, $afterStep: Int!) {\n    runMetricRecorded(runId: $runId, afterStep: $afterStep) {\n      name\n      step\n      value\n    }\n  }\n": typeof types.RunMetricRecordedDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n": typeof types.RunDocument,
    "\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n": typeof types.RunUpdatedDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RunRowFragmentDoc,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n": typeof types.RunsChangedDocument,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          role\n          prefix\n          createdAt\n          lastUsedAt\n          expiresAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query TraceDetail($id: ID!) {\n    trace(id: $id) {\n      id\n      createdAt\n      prompt\n      finalAnswer\n      source\n      tags\n      traceVersion\n      meta\n      steps {\n        i\n        type\n        content\n      }\n    }\n  }\n": typeof types.TraceDetailDocument,
    "\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n": typeof types.TracesDocument,
    "\n  fragment BestTrial on TuningJob {\n    id\n    name\n    metricName\n    bestMetricValue\n    bestParams\n    bestTrial {\n      id\n      number\n      run {\n        id\n      }\n    }\n  }\n": typeof types.BestTrialFragmentDoc,
    "\n  query TuningDatasets {\n    datasets(first: 100) {\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n        }\n      }\n    }\n  }\n": typeof types.TuningDatasetsDocument,
    "\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CreateTuningJobDocument,
    "\n  mutation StartTuningJob($id: ID!) {\n    startTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StartTuningJobDocument,
    "\n  mutation PromoteBestTrial($input: PromoteBestTrialInput!) {\n    promoteBestTrial(input: $input) {\n      created\n      version {\n        id\n        version\n        label\n        artifact {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PromoteBestTrialDocument,
    "\n  fragment TrialChart on TuningJob {\n    id\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          number\n          status\n          metricValue\n        }\n      }\n    }\n  }\n": typeof types.TrialChartFragmentDoc,
    "\n  fragment TrialsTable on TuningJob {\n    id\n    status\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          params\n          metricValue\n          error\n          run {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrialsTableFragmentDoc,
    "\n  fragment TuningJobDetail on TuningJob {\n    id\n    name\n    status\n    ...TuningJobSummary\n    ...BestTrial\n    ...TuningJobSearchSpace\n    ...TrialChart\n    ...TrialsTable\n  }\n": typeof types.TuningJobDetailFragmentDoc,
    "\n  query TuningJob($id: ID!) {\n    tuningJob(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n": typeof types.TuningJobDocument,
    "\n  subscription TuningJobUpdated($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n": typeof types.TuningJobUpdatedDocument,
    "\n  mutation CancelTuningJob($id: ID!) {\n    cancelTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        ...TuningJobDetail\n      }\n    }\n  }\n": typeof types.CancelTuningJobDocument,
    "\n  fragment TuningJobSummary on TuningJob {\n    id\n    status\n    error\n    metricName\n    metricMode\n    numSamples\n    maxConcurrentTrials\n    seed\n    executor\n    baseModel\n    startedAt\n    finishedAt\n    earlyStopping {\n      rule\n      graceSteps\n      minTrialsCompleted\n    }\n    dataset {\n      id\n      name\n      version\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.TuningJobSummaryFragmentDoc,
    "\n  fragment TuningJobSearchSpace on TuningJob {\n    id\n    searchSpace\n    baseConfig\n  }\n": typeof types.TuningJobSearchSpaceFragmentDoc,
    "\n  query TuningJobs($first: Int!, $after: String) {\n    tuningJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          metricName\n          metricMode\n          bestMetricValue\n          numSamples\n          createdAt\n          dataset {\n            id\n            name\n            version\n          }\n          finishedTrialCount\n        }\n      }\n    }\n  }\n": typeof types.TuningJobsDocument,
    "\n  subscription TuningJobProgress($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      status\n      bestMetricValue\n      finishedTrialCount\n    }\n  }\n": typeof types.TuningJobProgressDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      authRequired\n      role\n      tokenName\n      scopes {\n        read\n        write\n        admin\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query RunConfigSpec($executor: Executor!) {\n    runConfigSpec(executor: $executor) {\n      executor\n      fields {\n        name\n        type\n        default\n        min\n        max\n        exclusiveMin\n        choices\n        description\n      }\n      rules {\n        description\n      }\n    }\n  }\n": types.RunConfigSpecDocument,
    "\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) {\n      dataset {\n        id\n        name\n        version\n        traceCount\n      }\n    }\n  }\n": types.BuildDatasetDocument,
    "\n  query Dataset($id: ID!, $items: Int!) {\n    dataset(id: $id) {\n      id\n      name\n      version\n      key\n      description\n      traceCount\n      selectionStrategy\n      seed\n      checksum\n      createdAt\n      filters\n      stats\n      traceExport: exportUrl(format: TRACE)\n      trainingExampleExport: exportUrl(format: TRAINING_EXAMPLE)\n      tunixSftExport: exportUrl(format: TUNIX_SFT)\n      items(first: $items) {\n        totalCount\n        edges {\n          node {\n            position\n            trace {\n              id\n              prompt\n              finalAnswer\n              stepCount\n              source\n            }\n          }\n        }\n      }\n      runs(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.DatasetDocument,
    "\n  query Datasets($first: Int!, $after: String, $filter: DatasetFilter) {\n    datasets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n          selectionStrategy\n          seed\n          createdAt\n        }\n      }\n    }\n  }\n": types.DatasetsDocument,
    "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.CreateRunDocument,
    "\n  query Trainers {\n    trainers {\n      name\n      description\n      defaultTimeoutSeconds\n    }\n  }\n": types.TrainersDocument,
    "\n  fragment ArtifactAliases on ModelArtifact {\n    id\n    aliases {\n      id\n      name\n      updatedAt\n      version {\n        id\n        version\n        label\n      }\n      history {\n        createdAt\n        fromVersion {\n          id\n          version\n        }\n        toVersion {\n          id\n          version\n        }\n      }\n    }\n    ...SetAliasForm\n  }\n": types.ArtifactAliasesFragmentDoc,
    "\n  fragment SetAliasForm on ModelArtifact {\n    id\n    versions(first: 50) {\n      edges {\n        node {\n          id\n          version\n          label\n        }\n      }\n    }\n  }\n": types.SetAliasFormFragmentDoc,
    "\n  mutation SetModelAlias($input: SetModelAliasInput!) {\n    setModelAlias(input: $input) {\n      changed\n      alias {\n        id\n        name\n        artifact {\n          id\n          ...ArtifactDetail\n        }\n      }\n    }\n  }\n": types.SetModelAliasDocument,
    "\n  fragment ArtifactDetail on ModelArtifact {\n    id\n    name\n    ...ArtifactSummary\n    ...ArtifactAliases\n    ...ArtifactVersions\n  }\n": types.ArtifactDetailFragmentDoc,
    "\n  query ModelArtifact($id: ID!) {\n    modelArtifact(id: $id) {\n      id\n      ...ArtifactDetail\n    }\n  }\n": types.ModelArtifactDocument,
    "\n  fragment ArtifactSummary on ModelArtifact {\n    id\n    description\n    taskType\n    createdAt\n    updatedAt\n    versions(first: 50) {\n      totalCount\n    }\n  }\n": types.ArtifactSummaryFragmentDoc,
    "\n  fragment ArtifactVersions on ModelArtifact {\n    id\n    versions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          label\n          status\n          description\n          metrics\n          sha256\n          sizeBytes\n          createdAt\n          aliases {\n            id\n            name\n          }\n          sourceRun {\n            id\n            name\n          }\n          sourceTrial {\n            id\n            number\n          }\n          tuningJob {\n            id\n            name\n          }\n          dataset {\n            id\n            name\n            version\n          }\n        }\n      }\n    }\n  }\n": types.ArtifactVersionsFragmentDoc,
    "\n  query ModelArtifacts($first: Int!, $after: String) {\n    modelArtifacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          taskType\n          description\n          updatedAt\n          latestVersion {\n            id\n            version\n            label\n          }\n          aliases {\n            id\n            name\n            version {\n              id\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModelArtifactsDocument,
    "\n  query CompareRuns($ids: [ID!]!, $maxPoints: Int!) {\n    compareRuns(ids: $ids) {\n      configDiff {\n        key\n        values\n      }\n      finalMetrics {\n        name\n        values\n      }\n      runs {\n        id\n        name\n        status\n        dataset {\n          id\n          name\n          version\n        }\n        metricSeries(maxPoints: $maxPoints) {\n          name\n          points {\n            step\n            value\n          }\n        }\n      }\n    }\n  }\n": types.CompareRunsDocument,
    "\n  fragment RunArtifacts on Run {\n    artifacts {\n      name\n      sizeBytes\n      sha256\n      downloadUrl\n    }\n  }\n": types.RunArtifactsFragmentDoc,
    "\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    config\n    summaryMetrics\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n": types.RunDetailFragmentDoc,
    "\n  subscription RunLogAppended($runId: ID!, $afterSeq: Int!) {\n    runLogAppended(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      stream\n      text\n    }\n  }\n": types.RunLogAppendedDocument,
    "\n  query RunMetrics($id: ID!, $maxPoints: Int!) {\n    run(id: $id) {\n      id\n      metricSeries(maxPoints: $maxPoints) {\n        name\n        total\n        points {\n          step\n          value\n        }\n      }\n    }\n  }\n": types.RunMetricsDocument,
    "\n  subscription RunMetricRecorded($runId: ID!, $afterStep: Int!) {\n    runMetricRecorded(runId: $runId, afterStep: $afterStep) {\n      name\n      step\n      value\n    }\n  }\n": types.RunMetricRecordedDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n": types.RunDocument,
    "\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n": types.RunUpdatedDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n": types.CancelRunDocument,
    "\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n": types.RunRowFragmentDoc,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n": types.RunsChangedDocument,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          role\n          prefix\n          createdAt\n          lastUsedAt\n          expiresAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query TraceDetail($id: ID!) {\n    trace(id: $id) {\n      id\n      createdAt\n      prompt\n      finalAnswer\n      source\n      tags\n      traceVersion\n      meta\n      steps {\n        i\n        type\n        content\n      }\n    }\n  }\n": types.TraceDetailDocument,
    "\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n": types.TracesDocument,
    "\n  fragment BestTrial on TuningJob {\n    id\n    name\n    metricName\n    bestMetricValue\n    bestParams\n    bestTrial {\n      id\n      number\n      run {\n        id\n      }\n    }\n  }\n": types.BestTrialFragmentDoc,
    "\n  query TuningDatasets {\n    datasets(first: 100) {\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n        }\n      }\n    }\n  }\n": types.TuningDatasetsDocument,
    "\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n": types.CreateTuningJobDocument,
    "\n  mutation StartTuningJob($id: ID!) {\n    startTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n": types.StartTuningJobDocument,
    "\n  mutation PromoteBestTrial($input: PromoteBestTrialInput!) {\n    promoteBestTrial(input: $input) {\n      created\n      version {\n        id\n        version\n        label\n        artifact {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PromoteBestTrialDocument,
    "\n  fragment TrialChart on TuningJob {\n    id\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          number\n          status\n          metricValue\n        }\n      }\n    }\n  }\n": types.TrialChartFragmentDoc,
    "\n  fragment TrialsTable on TuningJob {\n    id\n    status\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          params\n          metricValue\n          error\n          run {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.TrialsTableFragmentDoc,
    "\n  fragment TuningJobDetail on TuningJob {\n    id\n    name\n    status\n    ...TuningJobSummary\n    ...BestTrial\n    ...TuningJobSearchSpace\n    ...TrialChart\n    ...TrialsTable\n  }\n": types.TuningJobDetailFragmentDoc,
    "\n  query TuningJob($id: ID!) {\n    tuningJob(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n": types.TuningJobDocument,
    "\n  subscription TuningJobUpdated($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n": types.TuningJobUpdatedDocument,
    "\n  mutation CancelTuningJob($id: ID!) {\n    cancelTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        ...TuningJobDetail\n      }\n    }\n  }\n": types.CancelTuningJobDocument,
    "\n  fragment TuningJobSummary on TuningJob {\n    id\n    status\n    error\n    metricName\n    metricMode\n    numSamples\n    maxConcurrentTrials\n    seed\n    executor\n    baseModel\n    startedAt\n    finishedAt\n    earlyStopping {\n      rule\n      graceSteps\n      minTrialsCompleted\n    }\n    dataset {\n      id\n      name\n      version\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.TuningJobSummaryFragmentDoc,
    "\n  fragment TuningJobSearchSpace on TuningJob {\n    id\n    searchSpace\n    baseConfig\n  }\n": types.TuningJobSearchSpaceFragmentDoc,
    "\n  query TuningJobs($first: Int!, $after: String) {\n    tuningJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          metricName\n          metricMode\n          bestMetricValue\n          numSamples\n          createdAt\n          dataset {\n            id\n            name\n            version\n          }\n          finishedTrialCount\n        }\n      }\n    }\n  }\n": types.TuningJobsDocument,
    "\n  subscription TuningJobProgress($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      status\n      bestMetricValue\n      finishedTrialCount\n    }\n  }\n": types.TuningJobProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      authRequired\n      role\n      tokenName\n      scopes {\n        read\n        write\n        admin\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      authRequired\n      role\n      tokenName\n      scopes {\n        read\n        write\n        admin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunConfigSpec($executor: Executor!) {\n    runConfigSpec(executor: $executor) {\n      executor\n      fields {\n        name\n        type\n        default\n        min\n        max\n        exclusiveMin\n        choices\n        description\n      }\n      rules {\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunConfigSpec($executor: Executor!) {\n    runConfigSpec(executor: $executor) {\n      executor\n      fields {\n        name\n        type\n        default\n        min\n        max\n        exclusiveMin\n        choices\n        description\n      }\n      rules {\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) {\n      dataset {\n        id\n        name\n        version\n        traceCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BuildDataset($input: BuildDatasetInput!) {\n    buildDataset(input: $input) {\n      dataset {\n        id\n        name\n        version\n        traceCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dataset($id: ID!, $items: Int!) {\n    dataset(id: $id) {\n      id\n      name\n      version\n      key\n      description\n      traceCount\n      selectionStrategy\n      seed\n      checksum\n      createdAt\n      filters\n      stats\n      traceExport: exportUrl(format: TRACE)\n      trainingExampleExport: exportUrl(format: TRAINING_EXAMPLE)\n      tunixSftExport: exportUrl(format: TUNIX_SFT)\n      items(first: $items) {\n        totalCount\n        edges {\n          node {\n            position\n            trace {\n              id\n              prompt\n              finalAnswer\n              stepCount\n              source\n            }\n          }\n        }\n      }\n      runs(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dataset($id: ID!, $items: Int!) {\n    dataset(id: $id) {\n      id\n      name\n      version\n      key\n      description\n      traceCount\n      selectionStrategy\n      seed\n      checksum\n      createdAt\n      filters\n      stats\n      traceExport: exportUrl(format: TRACE)\n      trainingExampleExport: exportUrl(format: TRAINING_EXAMPLE)\n      tunixSftExport: exportUrl(format: TUNIX_SFT)\n      items(first: $items) {\n        totalCount\n        edges {\n          node {\n            position\n            trace {\n              id\n              prompt\n              finalAnswer\n              stepCount\n              source\n            }\n          }\n        }\n      }\n      runs(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Datasets($first: Int!, $after: String, $filter: DatasetFilter) {\n    datasets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n          selectionStrategy\n          seed\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Datasets($first: Int!, $after: String, $filter: DatasetFilter) {\n    datasets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n          selectionStrategy\n          seed\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trainers {\n    trainers {\n      name\n      description\n      defaultTimeoutSeconds\n    }\n  }\n"): (typeof documents)["\n  query Trainers {\n    trainers {\n      name\n      description\n      defaultTimeoutSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtifactAliases on ModelArtifact {\n    id\n    aliases {\n      id\n      name\n      updatedAt\n      version {\n        id\n        version\n        label\n      }\n      history {\n        createdAt\n        fromVersion {\n          id\n          version\n        }\n        toVersion {\n          id\n          version\n        }\n      }\n    }\n    ...SetAliasForm\n  }\n"): (typeof documents)["\n  fragment ArtifactAliases on ModelArtifact {\n    id\n    aliases {\n      id\n      name\n      updatedAt\n      version {\n        id\n        version\n        label\n      }\n      history {\n        createdAt\n        fromVersion {\n          id\n          version\n        }\n        toVersion {\n          id\n          version\n        }\n      }\n    }\n    ...SetAliasForm\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetAliasForm on ModelArtifact {\n    id\n    versions(first: 50) {\n      edges {\n        node {\n          id\n          version\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SetAliasForm on ModelArtifact {\n    id\n    versions(first: 50) {\n      edges {\n        node {\n          id\n          version\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModelAlias($input: SetModelAliasInput!) {\n    setModelAlias(input: $input) {\n      changed\n      alias {\n        id\n        name\n        artifact {\n          id\n          ...ArtifactDetail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetModelAlias($input: SetModelAliasInput!) {\n    setModelAlias(input: $input) {\n      changed\n      alias {\n        id\n        name\n        artifact {\n          id\n          ...ArtifactDetail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtifactDetail on ModelArtifact {\n    id\n    name\n    ...ArtifactSummary\n    ...ArtifactAliases\n    ...ArtifactVersions\n  }\n"): (typeof documents)["\n  fragment ArtifactDetail on ModelArtifact {\n    id\n    name\n    ...ArtifactSummary\n    ...ArtifactAliases\n    ...ArtifactVersions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelArtifact($id: ID!) {\n    modelArtifact(id: $id) {\n      id\n      ...ArtifactDetail\n    }\n  }\n"): (typeof documents)["\n  query ModelArtifact($id: ID!) {\n    modelArtifact(id: $id) {\n      id\n      ...ArtifactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtifactSummary on ModelArtifact {\n    id\n    description\n    taskType\n    createdAt\n    updatedAt\n    versions(first: 50) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment ArtifactSummary on ModelArtifact {\n    id\n    description\n    taskType\n    createdAt\n    updatedAt\n    versions(first: 50) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtifactVersions on ModelArtifact {\n    id\n    versions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          label\n          status\n          description\n          metrics\n          sha256\n          sizeBytes\n          createdAt\n          aliases {\n            id\n            name\n          }\n          sourceRun {\n            id\n            name\n          }\n          sourceTrial {\n            id\n            number\n          }\n          tuningJob {\n            id\n            name\n          }\n          dataset {\n            id\n            name\n            version\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArtifactVersions on ModelArtifact {\n    id\n    versions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          label\n          status\n          description\n          metrics\n          sha256\n          sizeBytes\n          createdAt\n          aliases {\n            id\n            name\n          }\n          sourceRun {\n            id\n            name\n          }\n          sourceTrial {\n            id\n            number\n          }\n          tuningJob {\n            id\n            name\n          }\n          dataset {\n            id\n            name\n            version\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelArtifacts($first: Int!, $after: String) {\n    modelArtifacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          taskType\n          description\n          updatedAt\n          latestVersion {\n            id\n            version\n            label\n          }\n          aliases {\n            id\n            name\n            version {\n              id\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelArtifacts($first: Int!, $after: String) {\n    modelArtifacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          taskType\n          description\n          updatedAt\n          latestVersion {\n            id\n            version\n            label\n          }\n          aliases {\n            id\n            name\n            version {\n              id\n              version\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRuns($ids: [ID!]!, $maxPoints: Int!) {\n    compareRuns(ids: $ids) {\n      configDiff {\n        key\n        values\n      }\n      finalMetrics {\n        name\n        values\n      }\n      runs {\n        id\n        name\n        status\n        dataset {\n          id\n          name\n          version\n        }\n        metricSeries(maxPoints: $maxPoints) {\n          name\n          points {\n            step\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareRuns($ids: [ID!]!, $maxPoints: Int!) {\n    compareRuns(ids: $ids) {\n      configDiff {\n        key\n        values\n      }\n      finalMetrics {\n        name\n        values\n      }\n      runs {\n        id\n        name\n        status\n        dataset {\n          id\n          name\n          version\n        }\n        metricSeries(maxPoints: $maxPoints) {\n          name\n          points {\n            step\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunArtifacts on Run {\n    artifacts {\n      name\n      sizeBytes\n      sha256\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment RunArtifacts on Run {\n    artifacts {\n      name\n      sizeBytes\n      sha256\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    config\n    summaryMetrics\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment RunDetail on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    startedAt\n    finishedAt\n    durationSeconds\n    error\n    exitCode\n    attempt\n    maxAttempts\n    config\n    summaryMetrics\n    dataset {\n      id\n      name\n      version\n    }\n    statusChanges {\n      fromStatus\n      toStatus\n      reason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunLogAppended($runId: ID!, $afterSeq: Int!) {\n    runLogAppended(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      stream\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription RunLogAppended($runId: ID!, $afterSeq: Int!) {\n    runLogAppended(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      stream\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunMetrics($id: ID!, $maxPoints: Int!) {\n    run(id: $id) {\n      id\n      metricSeries(maxPoints: $maxPoints) {\n        name\n        total\n        points {\n          step\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunMetrics($id: ID!, $maxPoints: Int!) {\n    run(id: $id) {\n      id\n      metricSeries(maxPoints: $maxPoints) {\n        name\n        total\n        points {\n          step\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunMetricRecorded($runId: ID!, $afterStep: Int!) {\n    runMetricRecorded(runId: $runId, afterStep: $afterStep) {\n      name\n      step\n      value\n    }\n  }\n"): (typeof documents)["\n  subscription RunMetricRecorded($runId: ID!, $afterStep: Int!) {\n    runMetricRecorded(runId: $runId, afterStep: $afterStep) {\n      name\n      step\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n"): (typeof documents)["\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n"): (typeof documents)["\n  subscription RunUpdated($id: ID!) {\n    runUpdated(id: $id) {\n      id\n      ...RunDetail\n      ...RunArtifacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRun($id: ID!) {\n    cancelRun(input: { id: $id }) {\n      run {\n        id\n        ...RunDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment RunRow on Run {\n    id\n    name\n    status\n    executor\n    baseModel\n    createdAt\n    finishedAt\n    dataset {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RunRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n"): (typeof documents)["\n  subscription RunsChanged($filter: RunFilter) {\n    runsChanged(filter: $filter) {\n      id\n      ...RunRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          role\n          prefix\n          createdAt\n          lastUsedAt\n          expiresAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          role\n          prefix\n          createdAt\n          lastUsedAt\n          expiresAt\n          revokedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(input: { id: $id }) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraceDetail($id: ID!) {\n    trace(id: $id) {\n      id\n      createdAt\n      prompt\n      finalAnswer\n      source\n      tags\n      traceVersion\n      meta\n      steps {\n        i\n        type\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraceDetail($id: ID!) {\n    trace(id: $id) {\n      id\n      createdAt\n      prompt\n      finalAnswer\n      source\n      tags\n      traceVersion\n      meta\n      steps {\n        i\n        type\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Traces($first: Int!, $after: String, $filter: TraceFilter) {\n    traces(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          prompt\n          source\n          stepCount\n          finalAnswer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BestTrial on TuningJob {\n    id\n    name\n    metricName\n    bestMetricValue\n    bestParams\n    bestTrial {\n      id\n      number\n      run {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BestTrial on TuningJob {\n    id\n    name\n    metricName\n    bestMetricValue\n    bestParams\n    bestTrial {\n      id\n      number\n      run {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TuningDatasets {\n    datasets(first: 100) {\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TuningDatasets {\n    datasets(first: 100) {\n      edges {\n        node {\n          id\n          name\n          version\n          traceCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTuningJob($input: CreateTuningJobInput!) {\n    createTuningJob(input: $input) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTuningJob($id: ID!) {\n    startTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartTuningJob($id: ID!) {\n    startTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteBestTrial($input: PromoteBestTrialInput!) {\n    promoteBestTrial(input: $input) {\n      created\n      version {\n        id\n        version\n        label\n        artifact {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteBestTrial($input: PromoteBestTrialInput!) {\n    promoteBestTrial(input: $input) {\n      created\n      version {\n        id\n        version\n        label\n        artifact {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrialChart on TuningJob {\n    id\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          number\n          status\n          metricValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrialChart on TuningJob {\n    id\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          number\n          status\n          metricValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrialsTable on TuningJob {\n    id\n    status\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          params\n          metricValue\n          error\n          run {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrialsTable on TuningJob {\n    id\n    status\n    metricName\n    bestTrial {\n      id\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          params\n          metricValue\n          error\n          run {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TuningJobDetail on TuningJob {\n    id\n    name\n    status\n    ...TuningJobSummary\n    ...BestTrial\n    ...TuningJobSearchSpace\n    ...TrialChart\n    ...TrialsTable\n  }\n"): (typeof documents)["\n  fragment TuningJobDetail on TuningJob {\n    id\n    name\n    status\n    ...TuningJobSummary\n    ...BestTrial\n    ...TuningJobSearchSpace\n    ...TrialChart\n    ...TrialsTable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TuningJob($id: ID!) {\n    tuningJob(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n"): (typeof documents)["\n  query TuningJob($id: ID!) {\n    tuningJob(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TuningJobUpdated($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n"): (typeof documents)["\n  subscription TuningJobUpdated($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      ...TuningJobDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTuningJob($id: ID!) {\n    cancelTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        ...TuningJobDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTuningJob($id: ID!) {\n    cancelTuningJob(input: { id: $id }) {\n      tuningJob {\n        id\n        ...TuningJobDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TuningJobSummary on TuningJob {\n    id\n    status\n    error\n    metricName\n    metricMode\n    numSamples\n    maxConcurrentTrials\n    seed\n    executor\n    baseModel\n    startedAt\n    finishedAt\n    earlyStopping {\n      rule\n      graceSteps\n      minTrialsCompleted\n    }\n    dataset {\n      id\n      name\n      version\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TuningJobSummary on TuningJob {\n    id\n    status\n    error\n    metricName\n    metricMode\n    numSamples\n    maxConcurrentTrials\n    seed\n    executor\n    baseModel\n    startedAt\n    finishedAt\n    earlyStopping {\n      rule\n      graceSteps\n      minTrialsCompleted\n    }\n    dataset {\n      id\n      name\n      version\n    }\n    trials(first: 100, orderBy: METRIC_BEST_FIRST) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TuningJobSearchSpace on TuningJob {\n    id\n    searchSpace\n    baseConfig\n  }\n"): (typeof documents)["\n  fragment TuningJobSearchSpace on TuningJob {\n    id\n    searchSpace\n    baseConfig\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TuningJobs($first: Int!, $after: String) {\n    tuningJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          metricName\n          metricMode\n          bestMetricValue\n          numSamples\n          createdAt\n          dataset {\n            id\n            name\n            version\n          }\n          finishedTrialCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TuningJobs($first: Int!, $after: String) {\n    tuningJobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          metricName\n          metricMode\n          bestMetricValue\n          numSamples\n          createdAt\n          dataset {\n            id\n            name\n            version\n          }\n          finishedTrialCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TuningJobProgress($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      status\n      bestMetricValue\n      finishedTrialCount\n    }\n  }\n"): (typeof documents)["\n  subscription TuningJobProgress($id: ID!) {\n    tuningJobUpdated(id: $id) {\n      id\n      status\n      bestMetricValue\n      finishedTrialCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;