// The print button: the one script on the site's pages (see lib/static-html.ts). The button is
// in the HTML from the start, hidden, so that nothing moves when it appears.
for (const button of document.querySelectorAll('button.print-button')) {
  button.addEventListener('click', () => window.print());
  button.style.visibility = 'visible';
}
