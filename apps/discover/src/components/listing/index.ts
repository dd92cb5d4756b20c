/**
 * Listing presentation shared inside the discover remote (search results, my listings, …):
 * `ListingCard` for lists, kind/status tags, highlighted text, amount formatting and icons.
 */
export { ListingCard, type ListingCardData, type ListingCardProps } from './listing-card.js';
export { ListingKindTag, ListingStatusTag, KIND_COLORS } from './listing-tags.js';
export { HighlightedText } from './highlighted-text.js';
export { useFormatAmount } from './use-amount.js';
export { useDiscoverLabels, useTaxonomy, type DiscoverLabels } from '../../data/taxonomy.js';
