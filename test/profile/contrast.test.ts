import {expect} from '@open-wc/testing';
import {contrastRatio, mix, parseColor, relativeLuminance, type Rgb} from '../../src/profile/contrast.js';

const round = (rgb: Rgb | undefined) => rgb?.map((c) => Math.round(c));

describe('contrast', () => {
  const colors: Array<[string, number[] | undefined]> = [
    ['#5b1f69', [91, 31, 105]],
    ['#FFF', [255, 255, 255]],
    ['#000f', [0, 0, 0]],
    ['#00000080', undefined],
    ['#12345', undefined],
    ['white', [255, 255, 255]],
    ['Navy', [0, 0, 128]],
    ['rebeccapurple', undefined],
    ['transparent', undefined],
    ['rgb(0, 128, 255)', [0, 128, 255]],
    ['rgb(0 128 255)', [0, 128, 255]],
    ['rgba(0, 0, 0, 1)', [0, 0, 0]],
    ['rgb(0 0 0 / 50%)', undefined],
    ['rgb(100% 50% 0%)', [255, 128, 0]],
    ['hsl(0, 100%, 50%)', [255, 0, 0]],
    ['hsl(120deg 100% 25%)', [0, 128, 0]],
    ['hsl(240 100% 50% / 0.5)', undefined],
    ['oklch(50% 0.1 200)', undefined],
    ['rgb(a b c)', undefined],
  ];
  for (const [css, rgb] of colors) {
    it(`reads ${css} as ${rgb ? rgb.join(', ') : 'nothing it can judge'}`, () => {
      expect(round(parseColor(css))).to.deep.equal(rgb);
    });
  }

  const ratios: Array<[string, string, number]> = [
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#ffffff', '#5b1f69', 11.38],
    ['#1d1d1b', '#f6f3f7', 15.34],
  ];
  for (const [a, b, ratio] of ratios) {
    it(`gives ${a} on ${b} a contrast of ${ratio}:1, either way round`, () => {
      expect(contrastRatio(parseColor(a)!, parseColor(b)!)).to.be.closeTo(ratio, 0.01);
      expect(contrastRatio(parseColor(b)!, parseColor(a)!)).to.be.closeTo(ratio, 0.01);
    });
  }

  it('gives black a luminance of 0, white 1 and mid grey about 0.2', () => {
    expect(relativeLuminance([0, 0, 0])).to.equal(0);
    expect(relativeLuminance([255, 255, 255])).to.be.closeTo(1, 1e-9);
    expect(relativeLuminance([128, 128, 128])).to.be.closeTo(0.2159, 1e-4);
  });

  it('mixes as color-mix(in srgb) does', () => {
    expect(round(mix([91, 31, 105], 0.3, [255, 255, 255]))).to.deep.equal([206, 188, 210]);
  });
});
