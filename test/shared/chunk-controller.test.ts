import {expect} from '@open-wc/testing';
import {Chunk} from '../../src/shared/chunk.js';
import {ChunkController, type ChunkHost} from '../../src/shared/chunk-controller.js';
import {captureErrors} from '../helpers.js';

type Module = typeof import('../../src/shared/safe-url.js');

/** A module that is there to import again, as a retry imports a chunk at its URL. */
const URL_OF_MODULE = new URL('../../src/shared/safe-url.js', import.meta.url).href;

/** An element's stand-in: it counts the updates asked for. */
function host(): ChunkHost & {updates: number} {
  const element = {timeout: 5000, localName: 'job-listing', updates: 0, requestUpdate: () => void element.updates++};
  return element as unknown as ChunkHost & {updates: number};
}

describe('ChunkController', () => {
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => (errors = captureErrors()));
  afterEach(() => errors.restore());

  it('keeps a failure, with one console.error naming the chunk, until retry() loads it again', async () => {
    const element = host();
    const code = new ChunkController<Module>(element, new Chunk(() => Promise.reject(new Error('offline')), URL_OF_MODULE));
    expect(code.get(), 'undefined while it loads').to.equal(undefined);
    await code.loading;
    expect(code.problem?.message).to.equal('offline');
    expect(code.get()).to.equal(code.problem);
    await code.load();
    expect(code.loading, 'a failure is not asked for again by itself').to.equal(undefined);
    expect(errors.calls).to.have.length(1);
    expect(String(errors.calls[0]![0])).to.equal(`<job-listing>: ${URL_OF_MODULE} could not be loaded: offline`);
    const updates = element.updates;
    const retried = code.retry();
    expect(code.problem).to.equal(undefined);
    expect(element.updates, 'the message gives way at once').to.equal(updates + 1);
    await retried;
    expect(code.value?.safeUrl).to.be.a('function');
    expect(code.get()).to.equal(code.value);
    expect(element.updates).to.equal(updates + 2);
    expect(errors.calls).to.have.length(1);
  });

  it('gives another element the module at once from get(), and its value once its own load settles', async () => {
    const chunk = new Chunk<Module>(() => import('../../src/shared/safe-url.js'), URL_OF_MODULE);
    await new ChunkController(host(), chunk).load();
    const element = host();
    const code = new ChunkController(element, chunk);
    expect(code.value).to.equal(undefined);
    expect(code.get()).to.equal(chunk.value);
    expect(element.updates).to.equal(0);
    await code.loading;
    expect(code.value).to.equal(chunk.value);
    expect(element.updates, 'the element updates to use it').to.equal(1);
    await code.load();
    expect(element.updates, 'loaded once').to.equal(1);
  });
});
