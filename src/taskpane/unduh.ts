/** A file made in the pane, handed to the browser's download (works inside Excel's pane too). */
export const JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const JENIS_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function unduh(nama: string, data: Uint8Array, jenis: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: jenis }));
  const a = document.createElement("a");
  a.href = url;
  a.download = nama;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser reads the blob after click(); free it a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
