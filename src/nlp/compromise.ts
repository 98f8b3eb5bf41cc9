import nlp from 'compromise';

/**
 * The one module that imports compromise (~0.5 s to load), so the cost is paid once and the
 * dependency is easy to find.
 */
export { nlp };
