/*
 * Ribbon commands. The only button (Home → SAKIP Kinerja) uses the built-in ShowTaskpane action,
 * which needs no handler. A future ExecuteFunction button adds its handler to `tindakan` under the
 * <FunctionName> given in manifest.xml.
 */
export const tindakan: Record<string, (event: Office.AddinCommands.Event) => void | Promise<void>> = {};

Office.onReady(() => {
  for (const [nama, fungsi] of Object.entries(tindakan)) {
    Office.actions.associate(nama, fungsi);
  }
});
