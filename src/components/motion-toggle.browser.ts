/**
 * `<motion-toggle>` (browser): the chart motion switch. Motion is on unless the OS asks for reduced
 * motion; the reader's choice wins and is kept across pages (localStorage). The setting is
 * `<html data-motion="on|off">`, read by the chart script; a change is announced as a
 * `motionchange` event on window. The button is hidden in the server HTML (with JS off there is
 * no motion to switch) and shown here.
 */
const KEY = 'pingan:motion';
const root = document.documentElement;

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

class MotionToggle extends HTMLElement {
  connectedCallback(): void {
    const toggle = this.querySelector('button');
    const setMotion = (on: boolean): void => {
      root.dataset['motion'] = on ? 'on' : 'off';
      toggle?.setAttribute('aria-pressed', String(on));
    };
    setMotion(stored() ? stored() === 'on' : !matchMedia('(prefers-reduced-motion: reduce)').matches);
    if (!toggle) return;
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const on = root.dataset['motion'] !== 'on';
      setMotion(on);
      try {
        localStorage.setItem(KEY, on ? 'on' : 'off');
      } catch {
        /* private mode: the choice lasts for this page */
      }
      dispatchEvent(new Event('motionchange'));
    });
  }
}

customElements.define('motion-toggle', MotionToggle);
