/**
 * `<reader-language>` (browser), on the bilingual pages (front door, 404): points the header's
 * search box at the edition in the reader's language (the browser's language list). The element
 * holds one `<template>` entry per edition (form action, lang, placeholder, label); without JS the
 * box stays as rendered (Simplified Chinese).
 */
/** The edition of the first of the reader's languages that one serves: zh-TW, zh-HK, zh-MO, zh-Hant → Traditional. */
function readerLang(): string | undefined {
  const wanted = (navigator.languages.length > 0 ? navigator.languages : [navigator.language]).map((l) =>
    l.toLowerCase(),
  );
  return wanted
    .map((l) =>
      /^zh-(hant|tw|hk|mo)/.test(l)
        ? 'zh-Hant'
        : l.startsWith('zh')
          ? 'zh-Hans'
          : l.startsWith('en')
            ? 'en'
            : '',
    )
    .find(Boolean);
}

class ReaderLanguage extends HTMLElement {
  connectedCallback(): void {
    const options = [...(this.querySelector('template')?.content.children ?? [])] as HTMLElement[];
    const form = document.querySelector<HTMLFormElement>('form.header-search');
    const choice = readerLang();
    const option = options.find((o) => o.dataset['lang'] === choice);
    if (!form || !option) return;
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
}

customElements.define('reader-language', ReaderLanguage);
