import { jest } from '@jest/globals';
import { fetchRemoteManifestMap, parseRemoteManifestMap } from './remotes.js';

describe('remote manifest map (GET /remotes.json)', () => {
  it('keeps valid name → URL entries only', () => {
    expect(parseRemoteManifestMap({ booths: '/remotes/booths/mf-manifest.json', Bad: '/x', n: 3, empty: '' })).toEqual({ booths: '/remotes/booths/mf-manifest.json' });
    expect(parseRemoteManifestMap(null)).toEqual({});
    expect(parseRemoteManifestMap(['x'])).toEqual({});
  });

  it('never throws: an unreachable /remotes.json gives an empty map after one retry', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockRejectedValue(new TypeError('net'));
    await expect(fetchRemoteManifestMap('/remotes.json', fetchImpl)).resolves.toEqual({});
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('reads the map', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify({ booths: '/remotes/booths/mf-manifest.json' }), { status: 200 }));
    await expect(fetchRemoteManifestMap('/remotes.json', fetchImpl)).resolves.toEqual({ booths: '/remotes/booths/mf-manifest.json' });
  });
});
