import { describe, expect, it } from 'vitest';
import { htmlPageText, isHtmlDocument } from '../src/clean/html.js';

const page = (body: string): string => `<!DOCTYPE html>\n<html><head><title>KCC &gt; News</title></head>\n<body>${body}</body></html>\n`;

function textOf(input: string): string {
  const text = htmlPageText(input);
  if (!text) throw new Error('not read as HTML');
  return text.text;
}

describe('isHtmlDocument', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html>', true],
    ['a lower-case doctype after blank lines', '\n\n  <!doctype html><p>KCC</p>', true],
    ['an html element alone', '<html lang="en">\n<body>', true],
    ['an XML declaration and an XHTML doctype', '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">', true],
    ['a comment before the html element', '<!-- saved from url=(0040)https://eng.kcc.go.kr/ -->\n<html>', true],
    ['a body element alone', '<body>\n<p>The KCC met.</p>', true],
    ['a release', 'KCC holds a meeting\n\nThe KCC met on <b>Friday</b>.', false],
    ['Markdown with inline HTML', '# KCC holds a meeting\n\n<div>The KCC met.</div>', false],
    ['a word that starts like an element', '<htmlish> is no element', false],
  ])('%s', (_, input, expected) => {
    expect(isHtmlDocument(input)).toBe(expected);
  });

  it('text that is no HTML document is not read as one', () => {
    expect(htmlPageText('The KCC met on <b>Friday</b>.')).toBeNull();
  });
});

describe('htmlPageText: the text a browser shows', () => {
  it.each([
    ['paragraphs are separated by a blank line', '<p>The KCC met.</p><p>It decided.</p>', 'The KCC met.\n\nIt decided.'],
    ['the head, scripts and styles are dropped', '<script>if (a < b) go();</script><style>p{}</style><p>The KCC met.</p>', 'The KCC met.'],
    ['white space collapses, also across lines', '<p>The  KCC\n      met\ton Friday.</p>', 'The KCC met on Friday.'],
    ['space at the start and end of a block is dropped', '<div>\n  <p>\n    The KCC met.\n  </p>\n</div>', 'The KCC met.'],
    ['inline elements stay in the line', '<p>The <b>KCC</b> met <a href="/x">on <i>Friday</i></a>.</p>', 'The KCC met on Friday.'],
    ['a line break ends a line', '<p>Seoul<br>Busan<br/>Daegu</p>', 'Seoul\nBusan\nDaegu'],
    ['list items are lines', '<ul><li>Home</li><li>About KCC</li></ul><p>The KCC met.</p>', 'Home\nAbout KCC\n\nThe KCC met.'],
    ['table rows are lines and cells are parted by a bar', '<table><tr><th>Title</th><td>KCC meets Ofcom</td></tr><tr><th>Date</th><td>2024-03-12</td><th>Hits</th><td>9</td></tr></table>', 'Title | KCC meets Ofcom\nDate | 2024-03-12 | Hits | 9'],
    ['named, decimal and hexadecimal references are decoded', '<p>&ldquo;AT&amp;T&rdquo; &#8217;s &#x2014; 5 &lt; 6</p>', '“AT&T” ’s — 5 < 6'],
    ['references to 0x80-0x9F are Windows-1252 punctuation, as browsers read them', '<p>users&#146; rights &#x93;first&#x94; &#150; &#128;5 &#129;</p>', 'users’ rights “first” – €5 \ufffd'],
    ['an unknown reference is text', '<p>R&D and &bogus; stay</p>', 'R&D and &bogus; stay'],
    ['a quoted ">" stays inside its tag', '<p title="a > b">The KCC met.</p>', 'The KCC met.'],
    ['comments are dropped, also unclosed ones', '<p>The KCC <!-- draft -->met.</p><!-- end', 'The KCC met.'],
    ['preformatted text keeps its lines', '<pre>Seoul\n  Busan</pre>', 'Seoul\n  Busan'],
    ['a script never closed hides the rest', '<p>The KCC met.</p><script>var a = "<p>";', 'The KCC met.'],
    ['a "<" that opens no tag is text', '<p>5 < 6 and 7 <= 8</p>', '5 < 6 and 7 <= 8'],
  ])('%s', (_, body, expected) => {
    expect(textOf(page(body)).trim()).toBe(expected);
  });

  it('a head never closed hides nothing: its title is text, the scripts in it are not', () => {
    expect(textOf('<html><head><title>KCC</title><script>x()</script><body><p>The KCC met.</p>').trim()).toBe('KCC\n\nThe KCC met.');
  });

  it('every character maps back to the input it came from', () => {
    const input = page('<p>The&nbsp;<b>KCC</b> met &ldquo;Ofcom&rdquo;.</p>');
    const mapped = htmlPageText(input)!;
    const at = mapped.text.indexOf('KCC met');
    const range = mapped.toInput(at, at + 'KCC met'.length);
    expect(input.slice(range.start, range.end)).toBe('KCC</b> met');
    const quote = mapped.text.indexOf('“');
    const reference = mapped.toInput(quote, quote + 1);
    expect(input.slice(reference.start, reference.end)).toBe('&ldquo;');
  });
});
