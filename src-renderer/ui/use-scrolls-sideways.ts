import { useEffect, useState } from 'react'
import type { RefObject } from 'react'

/**
 * Whether the element is narrower than what it holds, so that it scrolls sideways. Such a region must
 * take keyboard focus (WCAG 2.1.1) for arrow keys to scroll it; one that fits stays out of the tab order.
 */
export function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = (): void => setScrolls(element.scrollWidth > element.clientWidth + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    for (const child of Array.from(element.children)) observer.observe(child)
    return () => observer.disconnect()
  }, [ref])
  return scrolls
}
