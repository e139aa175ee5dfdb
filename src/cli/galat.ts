/** An input or output the command cannot use (exit 2); the message is for the planner. */
export class MasukanError extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = "MasukanError";
  }
}
