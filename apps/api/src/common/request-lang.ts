import type { FastifyRequest } from 'fastify';
import { langFromAcceptLanguage } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';

export function requestLang(req: Pick<FastifyRequest, 'headers'>): Lang {
  const header = req.headers['accept-language'];
  return langFromAcceptLanguage(Array.isArray(header) ? header[0] : header);
}
