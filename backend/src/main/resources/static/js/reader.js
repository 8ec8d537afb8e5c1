import { api } from './api.js';
import { clear, message } from './dom.js';

const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/?[^:]*$)/i;

/** Opens the reading pane on the note section a mention points into, rendered by the server. */
export async function openMention(mention) {
  const dialog = document.getElementById('reader');
  const body = document.getElementById('reader-body');
  document.getElementById('reader-title').textContent = mention.heading || mention.note;
  document.getElementById('reader-where').textContent = `${mention.note}:${mention.line}`;
  clear(body, message('muted', 'Loading…'));
  // A graph tooltip would float over the modal: the mouse that showed it has moved on.
  document.querySelectorAll('.graph-tip').forEach((tip) => { tip.hidden = true; });
  if (!dialog.open) dialog.showModal();
  try {
    const sectionId = mention.section || mention.sectionId;
    const section = sectionId ? await api.section(sectionId) : await api.sectionAt(mention.note, mention.line);
    document.getElementById('reader-title').textContent = section.heading || section.note;
    document.getElementById('reader-where').textContent = section.line === mention.line
      ? `${section.note}:${section.line}` : `${section.note}:${section.line}, mentioned at line ${mention.line}`;
    // The server escapes raw HTML in notes; this only tames links and images it produced from Markdown.
    body.innerHTML = section.html;
    dropRepeatedHeading(body, section.heading);
    tidy(body, mention);
  } catch (e) {
    clear(body, message('error', e.message));
  }
}

/** The section's Markdown starts with its own heading, which the dialog's title already shows. */
function dropRepeatedHeading(body, heading) {
  const first = body.firstElementChild;
  const flat = (text) => (text || '').replace(/\s+/g, '').toLowerCase();
  if (first && /^H[1-6]$/.test(first.tagName) && flat(first.textContent) === flat(heading)) first.remove();
}

function tidy(body, mention) {
  body.querySelectorAll('a[href]').forEach((a) => {
    if (!SAFE_URL.test(a.getAttribute('href'))) a.removeAttribute('href');
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  });
  body.querySelectorAll('img').forEach((img) => {
    img.loading = 'lazy';
    // Note images live beside the notes, not on this server: show their alt text instead of a broken icon.
    img.addEventListener('error', () => img.replaceWith(document.createTextNode(`[image${img.alt ? `: ${img.alt}` : ''}]`)));
  });
  highlight(body, mention.text);
}

/** Marks the mentioned sentence's first occurrence so the reader sees why they landed here. */
function highlight(body, text) {
  const needle = (text || '').trim().slice(0, 24);
  if (needle.length < 2) return;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const mark = document.createElement('mark');
    range.surroundContents(mark);
    mark.scrollIntoView({ block: 'center' });
    return;
  }
}
