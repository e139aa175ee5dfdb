/**
 * Progress of a batch on stderr. On a terminal one line is redrawn
 * ("[=====>    ] 12/30 satker-12.xlsx"); otherwise (a log, a pipe) one plain line per file.
 * Failures always get a line of their own.
 */
import * as path from "path";
import { bersihBaris, type Keluaran } from "./keluaran";

const LEBAR = 24;

export class Kemajuan {
  private tampil = false;

  constructor(
    private readonly k: Keluaran,
    private readonly jumlah: number,
  ) {}

  private get tty(): boolean {
    return Boolean(this.k.galatTty);
  }

  private batang(selesai: number): string {
    const isi = Math.round((selesai / Math.max(this.jumlah, 1)) * LEBAR);
    const badan = isi >= LEBAR ? "=".repeat(LEBAR) : "=".repeat(isi) + ">" + " ".repeat(LEBAR - isi - 1);
    return `[${badan}]`;
  }

  /** File i (0-based) is being read. */
  mulai(i: number, file: string): void {
    if (!this.tty) return;
    this.k.galat(`\r\x1b[K${this.batang(i)} ${i + 1}/${this.jumlah} ${bersihBaris(path.basename(file))}`);
    this.tampil = true;
  }

  selesai(i: number, file: string, ringkas: string): void {
    if (this.tty) return;
    this.k.galat(`${i + 1}/${this.jumlah} ${bersihBaris(path.basename(file))}: ${bersihBaris(ringkas)}\n`);
  }

  gagal(i: number, file: string, pesan: string): void {
    const baris = `${i + 1}/${this.jumlah} ${bersihBaris(path.basename(file))}: GAGAL, dilewati — ${bersihBaris(pesan)}\n`;
    this.k.galat(this.tty ? `\r\x1b[K${baris}` : baris);
  }

  akhir(): void {
    if (this.tty && this.tampil) this.k.galat(`\r\x1b[K${this.batang(this.jumlah)} ${this.jumlah}/${this.jumlah}\n`);
  }
}
