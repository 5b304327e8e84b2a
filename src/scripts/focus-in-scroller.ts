/**
 * Browser code. A control focused from the keyboard while half outside a sideways scroller (the
 * section chips, the year's figures) stays half hidden in Chromium, ring cut off; this brings it
 * wholly into view (the scrollers' scroll-padding leaves room for the ring).
 */
addEventListener('focusin', (e) => {
  const el = e.target;
  if (el instanceof HTMLElement && el.closest('.section-nav ol, .headline__list')) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
});
