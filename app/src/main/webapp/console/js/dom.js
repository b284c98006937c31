// Building the page from data without ever parsing it as HTML: every text goes in as a text node.

/** An element with attributes (`on*` functions become listeners) and children (strings become text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A status chip: the word itself, coloured by the style sheet. */
export function chip(status) {
  const word = String(status || 'UNKNOWN');
  return el('span', { class: `chip ${word.replace(/[^A-Z_]/g, '')}` }, word);
}

/** An instant as "3 min ago", the full time in a tooltip; "never" for none. */
export function ago(iso) {
  if (!iso) {
    return el('span', { class: 'muted' }, 'never');
  }
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  const text = seconds < 60 ? `${Math.max(seconds, 0)} s ago`
    : seconds < 3600 ? `${Math.round(seconds / 60)} min ago`
      : seconds < 172800 ? `${Math.round(seconds / 3600)} h ago` : `${Math.round(seconds / 86400)} days ago`;
  return el('time', { datetime: iso, title: new Date(iso).toISOString() }, text);
}

/** An instant as its UTC date and minute. */
export function when(iso) {
  return iso ? el('time', { datetime: iso }, iso.replace('T', ' ').slice(0, 16) + ' UTC')
    : el('span', { class: 'muted' }, '—');
}

/** A definition list of label/value pairs. */
export function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

/** Replaces a node's children. */
export function show(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}
