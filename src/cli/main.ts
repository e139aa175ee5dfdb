/**
 * `kinerja`: the command line. Each command registers itself from its own module; adding one is
 * one line in PERINTAH. Exit codes: 0 ok, 1 findings of severity "error", 2 unusable input or
 * bad usage (see keluaran.ts).
 */
import { Command, CommanderError } from "commander";
import { BukuKerjaError } from "../xlsx/baca";
import { MasukanError } from "./berkas";
import { PESAN_INTERNAL } from "./galat";
import { KODE, konsol, type Keluaran } from "./keluaran";
import { perintahGabung } from "./gabung";
import { perintahPeriksa } from "./periksa";
import { perintahRingkas } from "./ringkas";
import { perintahLaporan } from "./laporan";

type Daftarkan = (program: Command, k: Keluaran, selesai: (kode: number) => void) => void;

const PERINTAH: Daftarkan[] = [
  perintahPeriksa,
  perintahRingkas,
  perintahGabung,
  perintahLaporan,
];

const JUDUL: Record<string, string> = {
  "Usage:": "Penggunaan:",
  "Arguments:": "Argumen:",
  "Options:": "Pilihan:",
  "Global Options:": "Pilihan umum:",
  "Commands:": "Perintah:",
};

/** "periksa [opsi] <berkas>": commander writes "[options]" itself. */
function polaPakai(c: Command): string {
  const args = c.registeredArguments.map((a) => {
    const nama = a.name() + (a.variadic ? "..." : "");
    return a.required ? `<${nama}>` : `[${nama}]`;
  });
  return [...(c.options.length > 0 ? ["[opsi]"] : []), ...args].join(" ");
}

const BANTUAN = {
  styleTitle: (t: string) => JUDUL[t] ?? t,
  subcommandTerm: (c: Command) => `${c.name()} ${polaPakai(c)}`,
};

/** Commander's own usage errors, in the CLI's language. */
function terjemahGalat(teks: string): string {
  return teks
    .replace(/^error: unknown option '(.+?)'/m, "galat: opsi tidak dikenal '$1'")
    .replace(/^error: unknown command '(.+?)'/m, "galat: perintah tidak dikenal '$1'")
    .replace(/^error: missing required argument '(.+?)'/m, "galat: argumen '$1' wajib diisi")
    .replace(/^error: required option '(.+?)' not specified/m, "galat: pilihan '$1' wajib diisi")
    .replace(/^error: option '(.+?)' argument missing/m, "galat: pilihan '$1' perlu nilai")
    .replace(/^error: too many arguments.*$/m, "galat: argumen terlalu banyak")
    .replace(/^error: /m, "galat: ")
    .replace(/\(Did you mean (.+?)\?\)/, "(Maksud Anda $1?)");
}

export function buatProgram(k: Keluaran, selesai: (kode: number) => void): Command {
  const program = new Command("kinerja")
    .description("SAKIP Kinerja: kenali, periksa, dan ringkas buku kerja kinerja dan anggaran (LAKIP)")
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json lies outside the compiled sources
    .version(require("../../package.json").version, "-V, --versi", "tampilkan versi")
    .helpOption("-h, --help", "tampilkan bantuan")
    .usage("[opsi] [perintah]")
    .helpCommand("help [perintah]", "tampilkan bantuan untuk perintah")
    .configureHelp(BANTUAN)
    .configureOutput({
      writeOut: (t) => k.tulis(t),
      writeErr: (t) => k.galat(t),
      outputError: (t, tulis) => tulis(terjemahGalat(t)),
    })
    .showHelpAfterError("(lihat: kinerja --help)")
    .exitOverride();
  for (const daftar of PERINTAH) daftar(program, k, selesai);
  for (const sub of program.commands) {
    sub
      .usage(polaPakai(sub))
      .helpOption("-h, --help", "tampilkan bantuan")
      .configureHelp(BANTUAN)
      .configureOutput({ writeOut: (t) => k.tulis(t), writeErr: (t) => k.galat(t), outputError: (t, tulis) => tulis(terjemahGalat(t)) })
      .showHelpAfterError(`(lihat: kinerja ${sub.name()} --help)`)
      .exitOverride();
  }
  return program;
}

/** Runs the CLI and resolves to its exit code (never throws). */
export async function jalankanKode(argv: string[], k: Keluaran = konsol): Promise<number> {
  let kode: number = KODE.ok;
  const program = buatProgram(k, (n) => (kode = n));
  try {
    await program.parseAsync(argv);
    return kode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --versi end with 0; a usage error (or no command at all) with 2.
      return e.exitCode === 0 ? KODE.ok : KODE.tidakDapatDipakai;
    }
    if (e instanceof BukuKerjaError || e instanceof MasukanError) {
      k.galat(e.message + "\n");
      return KODE.tidakDapatDipakai;
    }
    k.galat(PESAN_INTERNAL + "\n");
    if (process.env.KINERJA_DEBUG) k.galat((e instanceof Error && e.stack ? e.stack : String(e)) + "\n");
    return KODE.tidakDapatDipakai;
  }
}

/**
 * A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go.
 * The reader took what it wanted, so the command ends quietly with 0, like other Unix tools.
 */
function pipaTertutup(e: NodeJS.ErrnoException): void {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
}

export function jalankan(argv: string[]): void {
  process.stdout.on("error", pipaTertutup);
  process.stderr.on("error", pipaTertutup);
  void jalankanKode(argv).then((kode) => {
    process.exitCode = kode;
  });
}
