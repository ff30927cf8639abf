/**
 * The chunk the listing loads for a SmartRecruiters feed: the parser, and
 * the reader of an opened job's own posting (`posting-detail.ts`, a Lit
 * controller), which only that format's list needs. Apart from the parser
 * itself, which stays pure for `render` and `detect.ts`.
 */
import {PostingDetails, type PostingHost} from './posting-detail.js';
import {parseSmartRecruiters} from './smartrecruiters.js';

export {parseSmartRecruiters};

/** The reader of an opened job's own posting for the listing on `host`. */
export const postingDetails = (host: PostingHost): PostingDetails => new PostingDetails(host, parseSmartRecruiters);
