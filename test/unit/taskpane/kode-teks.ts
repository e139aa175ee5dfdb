/** Browsers have TextEncoder/TextDecoder; jsdom does not. Imported first, before the file reader loads. */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
