/**
 * The share actions (browser): the phone's share sheet (Web Share API) where there is one, else
 * copy the link and say so in the status beside the control. Two kinds (ShareButton.astro): the
 * review's button, hidden in the server HTML and shown here when it can work, which shares the
 * review; and each chart's and figure block's link to its figure page, which shares that page's
 * absolute address instead of opening it, so the reader stays exactly where they are (no
 * navigation, no jump to a fragment). Without Web Share or a clipboard the link simply opens the
 * page. One listener on the document rather than one per control (a review has a dozen), written
 * small: it is in the review's 2 KB first load (tests/build/search.test.ts).
 */
if (navigator.share || navigator.clipboard) {
  const button = document.querySelector<HTMLButtonElement>('button[data-share]');
  if (button) button.hidden = false;
  addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLAnchorElement>('[data-share]');
    if (!control) return;
    event.preventDefault();
    const url = control.href || location.origin + location.pathname;
    // Only the address: the share sheet or the preview takes the page's own title and card. A
    // cancelled sheet rejects harmlessly (nothing to undo); no handler, for the 2 KB budget.
    if (navigator.share) void navigator.share({ url });
    else
      void navigator.clipboard.writeText(url).then(() => {
        const status = control.nextElementSibling as HTMLElement;
        status.textContent = status.dataset['done'] as string;
      });
  });
}
