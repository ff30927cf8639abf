import {expect} from '@open-wc/testing';
import {embedCode, isLocalAddress} from '../../studio/src/embed.js';

describe('studio embed code', () => {
  it('is the script tag and the element, with attribute values escaped', () => {
    expect(embedCode('https://cdn.example/employer-widgets.js', 'a"b.json')).to.equal(
      '<script type="module" src="https://cdn.example/employer-widgets.js"></script>\n<employer-microsite src="a&quot;b.json"></employer-microsite>',
    );
  });

  it('knows an address that works only on this computer', () => {
    for (const url of ['http://localhost:8000/dist/employer-widgets.js', 'http://127.0.0.1/x.js', 'http://[::1]:8000/x.js', 'file:///home/me/dist/x.js', 'http://studio.localhost/x.js']) {
      expect(isLocalAddress(url), url).to.equal(true);
    }
    for (const url of ['https://careers.example/employer-widgets.js', 'http://192.0.2.2:8000/x.js', 'not a url']) {
      expect(isLocalAddress(url), url).to.equal(false);
    }
  });
});
