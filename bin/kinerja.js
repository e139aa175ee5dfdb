#!/usr/bin/env node
"use strict";
// The CLI runs the TypeScript sources directly: tsx compiles them on load.
require("tsx/cjs");
require("../src/cli/main.ts").jalankan(process.argv);
