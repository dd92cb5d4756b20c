/** The one module every remote exposes (see createMfConfig in mf-config.js). */
export const REMOTE_EXPOSE = './Module';
