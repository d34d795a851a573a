/**
 * mulberry32: a small 32-bit seeded PRNG returning floats in [0, 1) (each output / 2^32). The one
 * source of randomness for dataset sampling, sweeps and the builtin trainer, named so that a
 * result can be reproduced outside this code.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
