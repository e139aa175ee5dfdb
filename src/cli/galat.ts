/** An input or output the command cannot use (exit 2); the message is for the planner. */
export class MasukanError extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = "MasukanError";
  }
}

/**
 * A failure inside the program itself, said in Indonesian: the library's English message is not
 * for the planner (it is printed with KINERJA_DEBUG=1, with the stack).
 */
export const PESAN_INTERNAL =
  "Terjadi kesalahan di dalam SAKIP Kinerja (bukan karena berkas Anda). Berkas tidak diubah. " +
  "Laporkan kejadian ini beserta berkasnya; jalankan ulang dengan KINERJA_DEBUG=1 untuk rinciannya.";
