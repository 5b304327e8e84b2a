/**
 * The year's figures strip (browser): a figure focused from the keyboard while half outside the
 * sideways scroller stays half hidden in Chromium, its focus ring cut off; this brings it wholly
 * into view (the scroller's scroll-padding leaves room for the ring). Without JS the strip works
 * as it is.
 */
for (const list of document.querySelectorAll<HTMLElement>('.headline__list')) {
  list.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement) e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
