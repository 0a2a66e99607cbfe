#!/usr/bin/env node
// The `briefwright` command: runs the CLI bundle that `npm run build` writes.
require('../out/cli/index.js')
