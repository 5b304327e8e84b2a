/**
 * The masthead on a long page (browser): reading on (scrolling down) it steps aside, so the story
 * has the screen; scrolling up, or reaching the top, brings it back with the language switch and
 * search. Only where the header is sticky (at very large text it scrolls away with the page
 * anyway, header.css); a jump leaves it in place. Without JS it stays, as before. CSS: `.site-header--away` in header.css.
 */
const header = document.querySelector<HTMLElement>('.site-header');
if (header) {
  let last = scrollY;
  let queued = false;
  const update = (): void => {
    queued = false;
    const y = scrollY;
    const sticky = getComputedStyle(header).position === 'sticky';
    // A few px of jitter (a thumb resting on the glass) changes nothing.
    if (Math.abs(y - last) < 8) return;
    // A jump (a section link, a search result, the Home key) is not reading on: the masthead
    // stays, with the switch that follows the reader to the new place.
    const jump = Math.abs(y - last) > innerHeight * 0.75;
    const away = sticky && !jump && y > last && y > header.offsetHeight;
    header.classList.toggle('site-header--away', away);
    last = y;
  };
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
}
