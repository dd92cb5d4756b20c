import { remoteAreaFor } from './remote-areas.js';
import { defaultLanding, safeRedirect } from './redirect.js';

describe('remote areas', () => {
  it('sends /expos, /my and /review (and everything below) to the booths remote', () => {
    expect(remoteAreaFor('/expos')?.remote).toBe('booths');
    expect(remoteAreaFor('/expos/2026-chengdu-sanshe/booths/1')?.remote).toBe('booths');
    expect(remoteAreaFor('/my')).toMatchObject({ remote: 'booths', requiresAuth: true });
    expect(remoteAreaFor('/review/queue')).toMatchObject({ remote: 'booths', requiresAuth: true });
    expect(remoteAreaFor('/expos/x')?.requiresAuth).toBe(false);
  });

  it('sends /discover and /listings to the discover remote', () => {
    expect(remoteAreaFor('/discover')).toMatchObject({ remote: 'discover', requiresAuth: false });
    expect(remoteAreaFor('/listings/abc')?.remote).toBe('discover');
    expect(remoteAreaFor('/listingsx')).toBeNull();
  });

  it('leaves everything else to the shell (404)', () => {
    expect(remoteAreaFor('/exposition')).toBeNull();
    expect(remoteAreaFor('/mystery')).toBeNull();
    expect(remoteAreaFor('/nope')).toBeNull();
  });
});

describe('redirect after login', () => {
  it('follows same-site paths only', () => {
    expect(safeRedirect('/my/booths?x=1')).toBe('/my/booths?x=1');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('/login?redirect=/x')).toBe('/');
    expect(safeRedirect(undefined, '/my')).toBe('/my');
  });

  it('lands members on their booths and organizers on review', () => {
    expect(defaultLanding({ role: 'member', organizationId: 'o1' })).toBe('/my');
    expect(defaultLanding({ role: 'organizer', organizationId: null })).toBe('/review');
    expect(defaultLanding(null)).toBe('/');
  });
});
