#!/usr/bin/env node
/*
 * Generates the add-in icons (assets/icon-16|32|64|80.png): three rising bars with a check mark,
 * in Office blue #0F6CBD on a transparent background.
 * Pure node (zlib + hand-written PNG chunks), so the PNGs are reproducible byte for byte on any
 * machine: `node scripts/ikon.js`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BIRU = [0x0f, 0x6c, 0xbd];
const BIRU_TUA = [0x0a, 0x4a, 0x82];
const SUPER = 8; // subsamples per axis, for anti-aliased edges

// Shapes in a unit square (0,0 top-left). Later shapes paint over earlier ones.
const batang = [
  { x0: 0.06, x1: 0.3, y0: 0.56, y1: 0.95 },
  { x0: 0.38, x1: 0.62, y0: 0.4, y1: 0.95 },
  { x0: 0.7, x1: 0.94, y0: 0.12, y1: 0.95 },
];
const centang = [
  [0.07, 0.25],
  [0.22, 0.4],
  [0.52, 0.08],
];
const TEBAL = 0.1; // stroke width of the check
const HALO = 0.075; // transparent gap between the check and the bars

function jarakKeRuas(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function jarakKeCentang(x, y) {
  return Math.min(jarakKeRuas(x, y, centang[0], centang[1]), jarakKeRuas(x, y, centang[1], centang[2]));
}

function dalamBatang(x, y, r) {
  return batang.some((b) => {
    if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) return false;
    // rounded top corners only
    const cx = x < b.x0 + r ? b.x0 + r : x > b.x1 - r ? b.x1 - r : x;
    const cy = y < b.y0 + r ? b.y0 + r : y;
    return Math.hypot(x - cx, y - cy) <= r;
  });
}

/** Colour of one subsample, or null when transparent. */
function warna(x, y, ukuran) {
  const d = jarakKeCentang(x, y);
  if (d <= TEBAL / 2) return BIRU_TUA;
  if (d <= TEBAL / 2 + HALO) return null;
  const r = Math.max(1 / ukuran, 0.05);
  return dalamBatang(x, y, r) ? BIRU : null;
}

function render(ukuran) {
  const rgba = Buffer.alloc(ukuran * ukuran * 4);
  const n = SUPER * SUPER;
  for (let py = 0; py < ukuran; py++) {
    for (let px = 0; px < ukuran; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const c = warna((px + (sx + 0.5) / SUPER) / ukuran, (py + (sy + 0.5) / SUPER) / ukuran, ukuran);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const i = (py * ukuran + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(jenis, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(jenis, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(ukuran, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(ukuran, 0);
  ihdr.writeUInt32BE(ukuran, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const baris = ukuran * 4;
  const raw = Buffer.alloc((baris + 1) * ukuran);
  for (let y = 0; y < ukuran; y++) rgba.copy(raw, y * (baris + 1) + 1, y * baris, (y + 1) * baris);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const keluar = path.join(__dirname, "..", "assets");
  fs.mkdirSync(keluar, { recursive: true });
  for (const ukuran of [16, 32, 64, 80]) {
    const file = path.join(keluar, `icon-${ukuran}.png`);
    fs.writeFileSync(file, png(ukuran, render(ukuran)));
    console.log(`${path.relative(process.cwd(), file)} (${ukuran}×${ukuran})`);
  }
}

if (require.main === module) main();
module.exports = { png, render };
