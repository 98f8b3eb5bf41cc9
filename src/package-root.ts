import { fileURLToPath } from 'node:url';

/**
 * The package's folder, from src/ (tests), dist/ (the build) and the bundled start-up snapshot
 * alike: each of them sits one level below it. Data files are found from here.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
