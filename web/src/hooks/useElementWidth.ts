import { useCallback, useRef, useState } from 'react';

/**
 * The content width of an element, kept current as it resizes: charts draw at their real size,
 * so text and strokes stay the same size on any screen. Null until measured (and where there is
 * no layout, as in tests): callers fall back to a default size. A callback ref, so it also works
 * for an element that appears later (after data arrives).
 */
export function useElementWidth<TElement extends HTMLElement>(): [(element: TElement | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: TElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = Math.floor(element.clientWidth);
      if (next > 0) setWidth(next);
    };
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
