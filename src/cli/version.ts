declare const __SMPLAN_VERSION__: string | undefined;

/** Set by the build from package.json, so printing it reads no file at startup. */
export const VERSION: string = typeof __SMPLAN_VERSION__ === 'string' ? __SMPLAN_VERSION__ : '0.0.0-dev';
