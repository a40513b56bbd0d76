const STORAGE_KEY = 'theme';

function currentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function applyTheme(theme: 'light' | 'dark', buttons: NodeListOf<HTMLButtonElement>): void {
  document.documentElement.dataset.theme = theme;
  for (const button of buttons) button.setAttribute('aria-pressed', String(theme === 'dark'));
}

export function initThemeToggle(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  applyTheme(currentTheme(), buttons);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      applyTheme(next, buttons);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
    });
  }
  // Follow the system while the reader has not chosen.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch {
      stored = null;
    }
    if (!stored) applyTheme(event.matches ? 'dark' : 'light', buttons);
  });
}
