import {expect} from '@open-wc/testing';
import {contrastRatio, describeRatio, parseColor, toHex} from '../../studio/src/contrast.js';

describe('studio contrast', () => {
  it('reads hex and rgb() colours', () => {
    expect(parseColor('#fff')).to.deep.equal([255, 255, 255]);
    expect(parseColor('#1D1D1B')).to.deep.equal([29, 29, 27]);
    expect(parseColor('#11223380')).to.deep.equal([17, 34, 51]);
    expect(parseColor('rgb(10, 20, 30)')).to.deep.equal([10, 20, 30]);
    expect(parseColor('rgb(10 20 30 / 50%)')).to.deep.equal([10, 20, 30]);
    expect(parseColor('rebeccapurple')).to.equal(undefined);
    expect(toHex([255, 0, 16])).to.equal('#ff0010');
  });

  it('gives the WCAG ratios: 21:1 for black on white, 4.5:1 for #767676', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.equal(21);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).to.equal(1);
    const grey = contrastRatio(parseColor('#767676')!, parseColor('#fff')!);
    expect(grey).to.be.within(4.5, 4.6);
    expect(describeRatio(grey)).to.deep.equal({text: '4.5:1', passes: true, verdict: 'passes AA'});
    expect(describeRatio(3.2).verdict).to.equal('large text only');
    expect(describeRatio(2).passes).to.be.false;
  });
});
