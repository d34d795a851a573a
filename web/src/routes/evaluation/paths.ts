// Where the evaluation pages live.
export const leaderboardPath = () => '/leaderboard';
export const baselinesPath = (name?: string) => (name ? `/baselines?name=${encodeURIComponent(name)}` : '/baselines');
export const traceComparePath = (base?: string, other?: string) => {
  const params = new URLSearchParams({ ...(base ? { base } : {}), ...(other ? { other } : {}) }).toString();
  return params ? `/traces/compare?${params}` : '/traces/compare';
};
