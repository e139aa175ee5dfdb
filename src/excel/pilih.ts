/**
 * Jumps to a cell (a finding's location) in one sync: the sheet is looked up as a null object,
 * activated and the cell selected in the same batch.
 */
import { parseRange } from "../core/snapshot";
import { kodeGalat } from "./dukungan";

export class LembarTidakAda extends Error {
  constructor(public readonly sheet: string) {
    super(`Lembar '${sheet}' tidak ditemukan`);
    this.name = "LembarTidakAda";
  }
}

export async function pilihSel(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  parseRange(cell); // throws "Alamat sel tidak sah: …" before anything is queued
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await context.sync();
  } catch (e) {
    // Hosts reject commands on a null object; the missing sheet is the reason, not the select.
    const kode = kodeGalat(e);
    if (ws.isNullObject === true || kode === "ItemNotFound" || kode === "InvalidObjectPath") throw new LembarTidakAda(sheet);
    throw e;
  }
  if (ws.isNullObject) throw new LembarTidakAda(sheet);
}
