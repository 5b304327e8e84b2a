/**
 * Bilingual pages: point the header's search box at the edition in the reader's language
 * (see ReaderLanguage.astro). Browser code, a few lines, no imports.
 */
const options = [...(document.querySelector<HTMLTemplateElement>('template[data-reader-search]')?.content.children ?? [])] as HTMLElement[];
const form = document.querySelector<HTMLFormElement>('form.header-search');
const wanted = (navigator.languages.length > 0 ? navigator.languages : [navigator.language]).map((l) => l.toLowerCase());
// The first of the reader's languages that an edition serves: zh-TW, zh-HK, zh-MO, zh-Hant → Traditional.
const choice = wanted
  .map((l) => (/^zh-(hant|tw|hk|mo)/.test(l) ? 'zh-Hant' : l.startsWith('zh') ? 'zh-Hans' : l.startsWith('en') ? 'en' : ''))
  .find(Boolean);
const option = options.find((o) => o.dataset['lang'] === choice);
if (form && option) {
  form.action = option.dataset['action'] ?? form.action;
  form.lang = option.dataset['lang'] ?? '';
  form.setAttribute('aria-label', option.dataset['placeholder'] ?? '');
  const input = form.querySelector('input');
  if (input) input.placeholder = option.dataset['placeholder'] ?? '';
  const submit = form.querySelector('button');
  if (submit) submit.textContent = option.dataset['placeholder'] ?? '';
  const label = form.querySelector('label .visually-hidden');
  if (label) label.textContent = option.dataset['label'] ?? '';
}

// (The same as on the review page, for the front door's figure strips.) A control focused from the keyboard while half outside a sideways scroller (the section chips,
// the year's figures) stays half hidden in Chromium, its ring cut off: bring it wholly in view
// (the scrollers' scroll-padding leaves room for the ring).
addEventListener('focusin', (e) => {
  const el = e.target;
  if (el instanceof HTMLElement && el.closest('.section-nav ol, .headline__list')) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
});
