/**
 * The share actions (browser): the phone's share sheet (Web Share API) where there is one, else
 * copy the link and say so in the status beside the control. Two kinds (ShareButton.astro): the
 * review's button, hidden in the server HTML and shown here when it can work, which shares the
 * review; and each chart's and figure block's link to its figure page, which shares that page's
 * address instead of opening it, so the reader stays exactly where they are (no navigation, no
 * jump to a fragment). Without Web Share or a clipboard the link simply opens the page.
 *
 * One listener on the document rather than one per control: a review has a dozen of them.
 */
function wireShare(): void {
  if (!(navigator.share || navigator.clipboard)) return;
  const button = document.querySelector<HTMLButtonElement>('button[data-share]');
  if (button) button.hidden = false;
  document.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-share]');
    if (!control) return;
    event.preventDefault();
    const link = control instanceof HTMLAnchorElement;
    const url = link ? control.href : location.origin + location.pathname;
    // A figure is shared under the name of what it shows (its chart's title), the review under its own.
    const about = document.getElementById(control.getAttribute('aria-describedby') ?? '');
    const title = link && about ? (about.textContent ?? '').trim() : document.title;
    if (navigator.share) {
      navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    const status = control.nextElementSibling as HTMLElement | null;
    void navigator.clipboard.writeText(url).then(() => {
      if (status) status.textContent = status.dataset['copied'] ?? '';
      setTimeout(() => status && (status.textContent = ''), 4000);
    });
  });
}

wireShare();
