/** Public API of the release importer: parsing pasted text and proposing milestones. */
export { parseReleases, detectLanguage, contentHash } from './parse';
export type { ParsedRelease, ParseResult, ReleaseLanguage } from './parse';
export { extractProposals } from './extract';
export type { Gazetteer, ProposedMilestone, ProposalSpan } from './extract';
export { findDates } from './dates';
export type { FoundDate, DateKind } from './dates';
export { COUNTRIES, countryByIso, findCountryMentions } from './demonyms';
export type { Country, CountryMention, CountryMentionKind } from './demonyms';
export type { GazetteerSite } from './sites';
