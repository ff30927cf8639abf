/**
 * The listing's feed reading in a browser: the format is found first
 * (`findFormat`), then only that format's parser is loaded, each a chunk of
 * its own beside `employer-widgets.js`. Our own format's parser comes with
 * the listing. A chunk that cannot be loaded rejects with a
 * {@link ParserChunkError}, and the next read tries it again.
 */
import {isServer} from 'lit';
import {Chunk} from '../shared/chunk.js';
import type {FeedParser, FeedRead} from './detect.js';
import {findFormat, type FeedFormat, type KnownFormat} from './feed-format.js';
import {parseOwn} from './own.js';

/** A parser's chunk could not be loaded: the feed was fine, our code did not arrive. */
export class ParserChunkError extends Error {
  override readonly name = 'ParserChunkError';
}

/** `pick`'s parser from `chunk`, loaded on the first call. */
function lazy<M>(chunk: Chunk<M>, pick: (module: M) => FeedParser): () => Promise<FeedParser> {
  return async () => {
    try {
      return pick(await chunk.load());
    } catch (error) {
      throw new ParserChunkError(`the ${chunk.url || 'feed parser'} code could not be loaded: ${(error as Error).message}`);
    }
  };
}

// Each URL is `import.meta.resolve` of the same specifier as the import, which the build rewrites to the chunk's file.
const smartRecruiters = new Chunk(() => import('./smartrecruiters-chunk.js'), isServer ? '' : import.meta.resolve('./smartrecruiters-chunk.js'));

const LOADERS: Readonly<Record<KnownFormat, () => Promise<FeedParser>>> = {
  own: async () => parseOwn,
  'json-ld': lazy(new Chunk(() => import('./json-ld.js'), isServer ? '' : import.meta.resolve('./json-ld.js')), (m) => m.parseJsonLd),
  greenhouse: lazy(new Chunk(() => import('./greenhouse.js'), isServer ? '' : import.meta.resolve('./greenhouse.js')), (m) => m.parseGreenhouse),
  lever: lazy(new Chunk(() => import('./lever.js'), isServer ? '' : import.meta.resolve('./lever.js')), (m) => m.parseLever),
  bullhorn: lazy(new Chunk(() => import('./bullhorn.js'), isServer ? '' : import.meta.resolve('./bullhorn.js')), (m) => m.parseBullhorn),
  workable: lazy(new Chunk(() => import('./workable.js'), isServer ? '' : import.meta.resolve('./workable.js')), (m) => m.parseWorkable),
  ashby: lazy(new Chunk(() => import('./ashby.js'), isServer ? '' : import.meta.resolve('./ashby.js')), (m) => m.parseAshby),
  recruitee: lazy(new Chunk(() => import('./recruitee.js'), isServer ? '' : import.meta.resolve('./recruitee.js')), (m) => m.parseRecruitee),
  smartrecruiters: lazy(smartRecruiters, (m) => m.parseSmartRecruiters),
  'indeed-xml': lazy(
    new Chunk(() => import('./indeed-xml.js'), isServer ? '' : import.meta.resolve('./indeed-xml.js')),
    (m) => (xml) => m.parseIndeed(m.readXml(xml as string)),
  ),
  'personio-xml': lazy(
    new Chunk(() => import('./personio-xml.js'), isServer ? '' : import.meta.resolve('./personio-xml.js')),
    (m) => (xml, feedUrl) => m.parsePersonio(m.readPersonio(xml as string), feedUrl),
  ),
};

/**
 * The parser of `format`, loading its chunk on the first call.
 *
 * @throws ParserChunkError when the parser's code cannot be loaded.
 */
export const loadParser = (format: KnownFormat): Promise<FeedParser> => LOADERS[format]();

/**
 * SmartRecruiters' parser chunk, once a feed in its format has been read. It
 * also holds the reader of an opened job's own posting (`postingDetails`),
 * which only that format's list needs.
 */
export const smartRecruitersCode = (): typeof import('./smartrecruiters-chunk.js') | undefined => smartRecruiters.value;

/**
 * Reads a jobs feed from its text as `readFeed` does, loading only the
 * parser of the format it is in.
 *
 * @throws FeedFormatError as `readFeed` does; ParserChunkError when the
 * parser's code cannot be loaded.
 */
export async function readFeedLazily(text: string, format: FeedFormat = 'auto', feedUrl?: string): Promise<FeedRead> {
  const found = findFormat(text, format);
  const parse = await loadParser(found.format);
  return {jobs: parse(found.data, feedUrl), format: found.format, data: found.data};
}
