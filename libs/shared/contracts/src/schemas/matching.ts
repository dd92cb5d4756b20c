import { z } from 'zod';
import type { ListingKind, ListingStatus, OrgType, ResourceType, ServiceDomain, TargetGroup } from '@yiqia/domain';
import { uuid } from './common.js';

/**
 * Matchmaking (issue 6). A need is matched with offers, an offer with needs. Every score is the sum
 * of explainable features (weights in one place on the server); each reason names one feature that
 * contributed, so the explanation is the real cause of the rank.
 */
export const MATCH_REASON_CODES = [
  /** Shared service domains; params.labels e.g. "养老服务、社区治理". */
  'shared_domains',
  /** Shared target groups. */
  'shared_target_groups',
  /** Same district / city / province (GB/T 2260); params.region. */
  'same_district',
  'same_city',
  'same_province',
  /** The offer's amount covers the need's (or the ranges overlap); params.amount. */
  'amount_fit',
  /** Resource types that answer each other (资金 ↔ 资金需求, 志愿者 ↔ 志愿服务…); params.labels. */
  'resources_answer',
  /** Text similarity of title/summary/body (Chinese words shared with search); params.words e.g. "助老、食堂". */
  'similar_text',
  /** The counterpart's 统一社会信用代码 passes the check. */
  'verified_org',
  /** The counterpart has an approved booth at the expo. */
  'approved_booth',
  /** Three-way: the implementer delivers what the funder does not (expertise / volunteers). */
  'implementer_delivers',
  /** Recommendations: the counterpart organisation already talked with yours (or a similar one). */
  'past_conversation',
  /** Moved down because of "not a fit" feedback on similar suggestions (shown only to explain a low rank). */
  'feedback_penalty',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export interface MatchReasonDto {
  code: MatchReasonCode;
  /** In the caller's language (Accept-Language), e.g. "同在成都市锦江区" / "Same district: 锦江区". */
  text: string;
  /** This feature's share of the score (points, same scale as `score`). */
  points: number;
}

/** The counterpart listing of a match (no rich body). */
export interface MatchListingDto {
  id: string;
  kind: ListingKind;
  title: string;
  summary: string;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  regionName: string;
  amountMin: number | null;
  amountMax: number | null;
  status: ListingStatus;
  expoId: string | null;
  boothId: string | null;
  organization: { id: string; name: string; type: OrgType; creditCodeVerified: boolean };
}

export interface MatchDto {
  listing: MatchListingDto;
  /** 0–100, higher is better. */
  score: number;
  /** Strongest first. */
  reasons: MatchReasonDto[];
  /** In recommendations: the caller's own listing this match answers (absent for /listings/:id/matches). */
  forListing?: { id: string; kind: ListingKind; title: string };
}

export const matchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type MatchesQuery = z.input<typeof matchesQuery>;

/** GET /api/listings/:id/matches (public; open listings only; the caller's hidden pairs are left out). */
export interface MatchesResponse {
  matches: MatchDto[];
}

/**
 * A three-way suggestion: a need, a funder's offer that funds but does not deliver, and a social
 * organisation's offer of expertise or volunteers that fits the need.
 */
export interface TriadDto {
  need: MatchListingDto;
  funder: MatchListingDto;
  implementer: MatchListingDto;
  score: number;
  reasons: MatchReasonDto[];
}

export const recommendationsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** GET /api/recommendations (logged-in members of an organisation). */
export interface RecommendationsResponse {
  matches: MatchDto[];
  triads: TriadDto[];
}

export const FEEDBACK_VERDICTS = ['not_fit'] as const;
export const FEEDBACK_REASON_MAX = 200;

/**
 * POST /api/recommendations/feedback → 204. `listingId` is the caller's own listing (or, for a
 * suggestion on a listing page, the listing being viewed); `counterpartId` the suggested one.
 * Hides the pair for the caller's organisation and moves similar suggestions down.
 */
export const recommendationFeedbackRequest = z.strictObject({
  listingId: uuid,
  counterpartId: uuid,
  verdict: z.enum(FEEDBACK_VERDICTS),
  reason: z.string().trim().min(1).max(FEEDBACK_REASON_MAX).optional(),
});
export type RecommendationFeedbackRequest = z.input<typeof recommendationFeedbackRequest>;

/** DELETE /api/recommendations/feedback?listingId=&counterpartId= → 204 (undo "not a fit"). */
export const recommendationFeedbackKey = z.object({ listingId: uuid, counterpartId: uuid });

export const strongPairsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** GET /api/console/expos/:expoId/strong-pairs (organizers): the strongest need/offer pairs whose organisations have no room together yet. */
export interface StrongPairDto {
  need: MatchListingDto;
  offer: MatchListingDto;
  score: number;
  reasons: MatchReasonDto[];
}

export interface StrongPairsResponse {
  pairs: StrongPairDto[];
}
