import { useState } from 'react';
import { App } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { MatchDto } from '@yiqia/contracts';
import { isApiError, openDirectRoom, roomPath, useAuth } from '@yiqia/web-data';
import { useMatchFeedback } from '../../data/matching.js';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { InfoCircleOutlined, LoginOutlined } from '../listing/icons.js';
import { pairId, pairOf, restoreMatch, type DismissedMatch } from './logic.js';

export interface MatchActionsOptions {
  /** The listing page's listing (feedback pairs of its matches are about it); absent in recommendations. */
  viewedListingId?: string;
  /** The viewed listing belongs to the caller's organisation (then "contact" mentions it too). */
  ownViewedListing?: boolean;
  /** The query holding `{ matches }`, so undo can put the suggestion back before the refetch. */
  queryKey: QueryKey;
}

/**
 * State and actions shared by the listing page's matches and the recommendations: the log-in gate,
 * "not a fit" (modal → hidden at once, undo row; restored if the server refuses), undo, and "contact"
 * (the direct conversation with the counterpart's organisation, then the room).
 */
export function useMatchActions({ viewedListingId, ownViewedListing, queryKey }: MatchActionsOptions) {
  const { t } = useDiscoverT();
  const { isAuthenticated, organization } = useAuth();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const { notFit, undo } = useMatchFeedback();
  const [dismissed, setDismissed] = useState<DismissedMatch[]>([]);
  const [asking, setAsking] = useState<{ match: MatchDto; index: number } | null>(null);
  const [contacting, setContacting] = useState<string | null>(null);

  /** True when the caller may act as an organisation; otherwise explains (log in / no organisation). */
  const gate = (kind: 'feedback' | 'contact'): boolean => {
    if (!isAuthenticated) {
      modal.confirm({
        title: t(`matching.login.${kind}Title`),
        content: <div data-testid="match-login-required">{t(`matching.login.${kind}`)}</div>,
        okText: t('matching.login.ok'),
        cancelText: t('matching.login.cancel'),
        icon: <LoginOutlined />,
        onOk: () => void navigate(paths.login(location.pathname + location.search)),
      });
      return false;
    }
    if (!organization) {
      modal.info({
        title: t('matching.noOrg.title'),
        content: <div data-testid="match-no-org">{t('matching.noOrg.body')}</div>,
        okText: t('matching.noOrg.ok'),
        icon: <InfoCircleOutlined />,
      });
      return false;
    }
    return true;
  };

  const askNotFit = (match: MatchDto, index: number) => {
    if (gate('feedback')) setAsking({ match, index });
  };

  const confirmNotFit = (reason: string | undefined) => {
    const target = asking;
    setAsking(null);
    const key = target && pairOf(target.match, viewedListingId);
    if (!target || !key) return;
    const entry: DismissedMatch = { match: target.match, key, index: target.index };
    // Hidden before the request: the answer only decides whether it stays hidden.
    setDismissed((list) => [...list.filter((d) => pairId(d.key) !== pairId(key)), entry]);
    notFit.mutate(
      { key, reason },
      {
        onError: (e) => {
          setDismissed((list) => list.filter((d) => pairId(d.key) !== pairId(key)));
          void message.error(isApiError(e) ? e.message : t('matching.feedbackFailed'));
        },
      },
    );
  };

  const undoNotFit = (entry: DismissedMatch) => {
    const id = pairId(entry.key);
    setDismissed((list) => list.filter((d) => pairId(d.key) !== id));
    client.setQueryData<{ matches: MatchDto[] }>(queryKey, (data) => (data ? { ...data, matches: restoreMatch(data.matches, entry, viewedListingId) } : data));
    undo.mutate(entry.key, {
      onError: (e) => {
        setDismissed((list) => [...list.filter((d) => pairId(d.key) !== id), entry]);
        void message.error(isApiError(e) ? e.message : t('matching.feedbackFailed'));
      },
    });
  };

  const contact = async (match: MatchDto) => {
    if (!gate('contact')) return;
    const own = match.forListing?.id ?? (ownViewedListing ? viewedListingId : undefined);
    setContacting(match.listing.id);
    try {
      const room = await openDirectRoom(match.listing.organization.id, own ? [match.listing.id, own] : [match.listing.id]);
      void navigate(roomPath(room.id));
    } catch (e) {
      void message.error(isApiError(e) ? e.message : String(e));
    } finally {
      setContacting(null);
    }
  };

  return {
    dismissed,
    asking,
    askNotFit,
    cancelNotFit: () => setAsking(null),
    confirmNotFit,
    undoNotFit,
    contact: (match: MatchDto) => void contact(match),
    contacting,
    /** The counterpart belongs to another organisation (mine has nobody to contact). */
    canContact: (match: MatchDto) => match.listing.organization.id !== organization?.id,
  };
}
