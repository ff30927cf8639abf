/**
 * Locks the page's scrolling while a modal is open, and restores exactly the
 * inline styles there were. Nested locks (two modals) count.
 */
let locks = 0;
let saved: {overflow: string; paddingRight: string} | undefined;

export function lockScroll(): void {
  if (locks++ > 0) return;
  const root = document.documentElement;
  saved = {overflow: root.style.overflow, paddingRight: root.style.paddingRight};
  // Keep the layout still where the scrollbar disappears.
  const scrollbar = window.innerWidth - root.clientWidth;
  if (scrollbar > 0) {
    const padding = parseFloat(getComputedStyle(root).paddingRight) || 0;
    root.style.paddingRight = `${padding + scrollbar}px`;
  }
  root.style.overflow = 'hidden';
}

export function unlockScroll(): void {
  if (locks === 0 || --locks > 0) return;
  const root = document.documentElement;
  root.style.overflow = saved?.overflow ?? '';
  root.style.paddingRight = saved?.paddingRight ?? '';
  if (!root.getAttribute('style')) root.removeAttribute('style');
  saved = undefined;
}
