/**
 * Requirement-set checks. Calling an API the host lacks fails the whole batch, so optional
 * features (footers, merged areas, notes, RangeAreas) are queued only when the host has them.
 */

/** True when the host supports ExcelApi `versi`; outside Office (tests, tools) assume a current host. */
export function didukung(versi: string): boolean {
  if (typeof Office === "undefined" || !Office?.context?.requirements) return true;
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", versi);
  } catch {
    return false;
  }
}

/** The OfficeExtension.Error code of a failed sync, if any. */
export function kodeGalat(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
