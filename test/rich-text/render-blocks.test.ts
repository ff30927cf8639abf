import {expect, fixture} from '@open-wc/testing';
import {html, render} from 'lit';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';
import type {Block} from '../../src/profile/profile.js';
import {formatDate, renderBlocks, renderRichText} from '../../src/rich-text/render-blocks.js';

const context = {level: 3, locale: 'en-GB', labels: DEFAULT_LABELS};

async function mount(blocks: Block[]): Promise<HTMLElement> {
  return fixture(html`<div>${renderBlocks(blocks, context)}</div>`);
}

describe('renderBlocks', () => {
  it('renders every block type as real elements', async () => {
    const el = await mount([
      {type: 'heading', text: 'Benefits'},
      {type: 'paragraph', text: ['Read ', {text: 'our values', href: '#values'}, ' and ', {text: 'this', em: true}, {text: '!', strong: true}]},
      {type: 'list', items: ['One', 'Two']},
      {type: 'list', ordered: true, items: ['First']},
      {type: 'cards', items: [{title: 'Case', date: '2021-10-05', summary: 'Summary', body: [{type: 'list', items: ['a']}], link: {text: 'Read', href: 'https://example.com'}}]},
      {type: 'address', title: 'Head office', lines: ['City Gate', '51 Mosley St'], map: 'https://maps.example/?q=x'},
      {type: 'link', text: 'Read more', href: 'https://example.com/more'},
      {type: 'facts', items: [{label: 'Hours', value: '36 a week'}]},
      {type: 'image', src: '/test/fixtures/images/logo.svg', alt: 'Logo', width: 10, height: 10, caption: 'Our logo'},
    ]);
    expect(el.querySelector('h3')!.textContent).to.equal('Benefits');
    const link = el.querySelector('p a')!;
    expect(link.getAttribute('href')).to.equal('#values');
    expect(link.textContent).to.equal('our values');
    expect(el.querySelector('p em')!.textContent).to.equal('this');
    expect(el.querySelector('p strong')!.textContent).to.equal('!');
    expect(el.querySelectorAll('ul.list li')).to.have.length(2 + 1);
    expect(el.querySelector('ol li')!.textContent).to.equal('First');
    // Cards after a heading sit one level below it.
    expect(el.querySelector('.card h4')!.textContent).to.equal('Case');
    expect(el.querySelector('.card time')!.getAttribute('datetime')).to.equal('2021-10-05');
    expect(el.querySelector('.card time')!.textContent).to.equal('5 October 2021');
    expect(el.querySelector('address')!.textContent).to.contain('51 Mosley St');
    expect(el.querySelector<HTMLAnchorElement>('.map-link')!.href).to.equal('https://maps.example/?q=x');
    expect(el.querySelector('.map-link')!.textContent).to.equal('View on a map');
    expect(el.querySelector('dl dt')!.textContent).to.equal('Hours');
    expect(el.querySelector('img')!.getAttribute('alt')).to.equal('Logo');
    expect(el.querySelector('figcaption')!.textContent).to.equal('Our logo');
  });

  it('puts cards with no heading before them at the given level', async () => {
    const el = await mount([{type: 'cards', items: [{title: 'Pension'}]}]);
    expect(el.querySelector('h3')!.textContent).to.equal('Pension');
  });

  it('gives a heading of level 2, 3, 4 the levels below the first, and cards one below the last heading', async () => {
    const el = await mount([
      {type: 'heading', text: 'Pay'},
      {type: 'heading', text: 'Pension', level: 2},
      {type: 'cards', items: [{title: 'Civil Service pension'}]},
      {type: 'heading', text: 'Employer share', level: 3},
      {type: 'heading', text: 'Deepest', level: 4},
      {type: 'heading', text: 'Leave', level: 1},
    ]);
    const outline = [...el.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(outline).to.deep.equal(['H3 Pay', 'H4 Pension', 'H5 Civil Service pension', 'H5 Employer share', 'H6 Deepest', 'H3 Leave']);
  });

  it('shows markup in strings as text, never as elements', async () => {
    const payload = '<img src=x onerror="window.__xss = 1"><script>window.__xss = 2</script>';
    const el = await mount([
      {type: 'heading', text: payload},
      {type: 'paragraph', text: payload},
      {type: 'paragraph', text: [{text: payload, href: '#a', strong: true}]},
      {type: 'list', items: [payload]},
      {type: 'cards', items: [{title: payload, summary: payload}]},
      {type: 'address', lines: [payload]},
      {type: 'facts', items: [{label: payload, value: payload}]},
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.querySelector('img, script, [onerror]')).to.equal(null);
    expect(el.querySelector('h3')!.textContent).to.equal(payload);
    expect(el.textContent).to.contain('onerror="window.__xss = 1"');
    expect((window as any).__xss).to.equal(undefined);
  });

  it('drops unsafe URLs but keeps the text', async () => {
    const el = await mount([
      {type: 'paragraph', text: [{text: 'click', href: 'javascript:alert(1)'}]},
      {type: 'link', text: 'more', href: ' javascript:alert(1)'},
      {type: 'address', lines: ['x'], map: 'data:text/html,hi'},
      {type: 'image', src: 'javascript:alert(1)', alt: 'bad'},
      {type: 'cards', items: [{title: 'T', link: {text: 'go', href: 'vbscript:x'}}]},
    ] as Block[]);
    expect(el.querySelectorAll('a')).to.have.length(0);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.contain('click');
    expect(el.textContent).to.contain('more');
    expect(el.textContent).to.contain('go');
  });

  it('renders rich text runs in order', () => {
    const host = document.createElement('p');
    render(renderRichText(['a', {text: 'b', em: true}, 'c']), host);
    expect(host.textContent).to.equal('abc');
    expect(host.querySelector('em')!.textContent).to.equal('b');
  });

  it('formats dates in the locale, and leaves a bad date as written', () => {
    expect(formatDate('2021-10-05', 'en-GB')).to.equal('5 October 2021');
    expect(formatDate('2021-10-05', 'en-US')).to.equal('October 5, 2021');
    expect(formatDate('2021-10-05', 'fr-FR')).to.equal('5 octobre 2021');
    expect(formatDate('2021-10-05', 'not a locale!')).to.match(/2021/);
    expect(formatDate('soon', 'en-GB')).to.equal('soon');
  });
});
