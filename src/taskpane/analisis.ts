/**
 * The core's recognizers and rules, loaded on first use: the pane's first paint does not wait
 * for them (standalone mode has nothing to analyse until a file is opened).
 */
export { kenali } from "../core/layouts/index";
export { periksa } from "../core/validasi/index";
