/**
 * Where the reader is: the last of `targets` (in document order) whose top has passed the reading
 * line, a third of the way down the screen; '' above the first. Used by links that move between
 * the review and its parallel page so they land on the same paragraph.
 */
export function readingPlace(targets: readonly Element[]): string {
  const line = innerHeight / 3;
  let id = '';
  for (const el of targets) {
    const box = el.getBoundingClientRect();
    if (box.height === 0) continue; // hidden
    if (box.top > line) break;
    id = el.id;
  }
  return id;
}

/**
 * Points `link` at the reader's place just before it is followed (tap, click, keyboard, or a
 * long-press to copy it), so the link needs no work while the reader scrolls.
 */
export function keepPlace(link: HTMLAnchorElement, targets: readonly Element[]): void {
  const path = (link.getAttribute('href') ?? '').split('#')[0] ?? '';
  const aim = () => {
    const id = readingPlace(targets);
    link.setAttribute('href', id ? `${path}#${id}` : path);
  };
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, aim);
}
