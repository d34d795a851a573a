/** A canvas that can be drawn on: browsers have one, jsdom (component tests) does not. */
export const canDraw = (): boolean =>
  typeof window.matchMedia === 'function' && document.createElement('canvas').getContext('2d') !== null;
