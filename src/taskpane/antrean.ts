/**
 * Drops stale answers. Every async step of the pane takes a ticket when it starts; its answer is
 * applied only while the ticket is current: the same workbook is open and no later step started.
 * One rule for all steps, so an answer for a replaced workbook or an older request never lands.
 */
export interface Tiket {
  /** True while this step's answer may still be applied. */
  berlaku(): boolean;
}

export interface Antrean {
  /** Starts a step on the workbook open now; any earlier step's ticket lapses. */
  mulai(): Tiket;
}

export function buatAntrean<B>(bukuKini: () => B): Antrean {
  let urut = 0;
  return {
    mulai() {
      const ke = ++urut;
      const buku = bukuKini();
      return { berlaku: () => ke === urut && bukuKini() === buku };
    },
  };
}
