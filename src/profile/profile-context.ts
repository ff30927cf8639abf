import {createContext} from '@lit/context';
import type {EmployerProfile} from './profile.js';

/** What a provider shares: the profile once it is valid, and where loading stands. */
export interface ProfileState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly profile?: EmployerProfile;
}

/**
 * The employer profile shared by `<employer-profile>` and
 * `<employer-microsite>` with their descendants. A string key makes every
 * copy of the bundle on a page agree on the context.
 */
export const profileContext = createContext<ProfileState>('employer-profile');
