/** Why a file could not be read as a workbook; each has its own advice for the planner. */
export type AlasanBukuKerja = "kosong" | "bukan-xlsx" | "terenkripsi" | "xls" | "ods" | "csv" | "teks" | "rusak" | "terlalu-besar";

const PESAN: Record<AlasanBukuKerja, string> = {
  kosong: "Berkas kosong (0 byte). Pilih berkas .xlsx yang berisi data.",
  "bukan-xlsx": "Berkas ini bukan buku kerja Excel (.xlsx). Pilih berkas yang disimpan dari Excel dengan format .xlsx.",
  terenkripsi:
    "Berkas dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya " +
    "(File › Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi), simpan, lalu coba lagi.",
  xls:
    "Berkas berformat Excel 97–2003 (.xls) yang lama. Buka di Excel lalu simpan sebagai \"Buku Kerja Excel (*.xlsx)\", " +
    "kemudian coba lagi.",
  ods:
    "Berkas ini lembar kerja OpenDocument (.ods, misalnya dari LibreOffice atau WPS), bukan buku kerja Excel (.xlsx). " +
    "Buka lalu simpan sebagai \"Buku Kerja Excel (*.xlsx)\", kemudian coba lagi.",
  csv:
    "Berkas ini teks CSV, bukan buku kerja Excel, walaupun namanya mungkin berakhiran .xlsx. Buka di Excel lalu simpan " +
    "sebagai \"Buku Kerja Excel (*.xlsx)\".",
  teks:
    "Berkas ini teks biasa (misalnya catatan atau dokumen), bukan buku kerja Excel. Pilih berkas .xlsx yang disimpan dari Excel.",
  "terlalu-besar": "Berkas terlalu besar untuk dibaca dengan aman.",
  rusak: "Berkas .xlsx rusak atau tidak lengkap sehingga tidak dapat dibaca. Coba buka dan simpan ulang di Excel.",
};

export class BukuKerjaError extends Error {
  readonly alasan: AlasanBukuKerja;
  /** Technical detail (library message), kept apart from the planner-facing text. */
  readonly rincian?: string;

  constructor(alasan: AlasanBukuKerja, rincian?: string, pesan?: string) {
    super(pesan ?? PESAN[alasan]);
    this.name = "BukuKerjaError";
    this.alasan = alasan;
    this.rincian = rincian;
  }
}
