import pkg from '../package.json'

/** The version users see in Settings and `herald info`. */
export const appVersion: string = pkg.version
