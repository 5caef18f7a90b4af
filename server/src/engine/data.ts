// Language and profile data, generated from server/data/**/*.yaml by scripts/gen-data.js.
// The library reads it from here so that it needs no file system at run time.
import { languages, profiles, common } from '../generated/data.js';
import type { LanguageData, ProfileData, CommonData } from './datatypes.js';

export const LANGUAGES: Record<string, LanguageData> = languages as Record<string, LanguageData>;
export const PROFILES: Record<string, ProfileData> = profiles as Record<string, ProfileData>;
/** Data that belongs to no one language: server/data/<concern>.yaml. */
export const COMMON: CommonData = common as CommonData;
