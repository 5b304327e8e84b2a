/**
 * The share button (browser): the phone's share sheet (Web Share API) where there is one, else
 * copy the link and say so in the status beside the button. The button is hidden in the server
 * HTML (with JS off the footer's share-image link still works) and shown here when it can work.
 *
 * Not a custom element: the button and its status are items of the masthead's flex line, and a
 * wrapper element would stay there as an empty item (one more gap) when the button is not shown.
 */
function wireShare(): void {
  const share = document.querySelector<HTMLButtonElement>('[data-share]');
  const status = document.querySelector<HTMLElement>('.share__status');
  if (!share || !(navigator.share || navigator.clipboard)) return;
  share.hidden = false;
  share.addEventListener('click', () => {
    const url = location.origin + location.pathname;
    if (navigator.share) {
      navigator.share({ title: document.title, url }).catch(() => undefined);
      return;
    }
    void navigator.clipboard.writeText(url).then(() => {
      if (status) status.textContent = status.dataset['copied'] ?? '';
      setTimeout(() => status && (status.textContent = ''), 4000);
    });
  });
}

wireShare();
