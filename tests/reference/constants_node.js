#!/usr/bin/env node
// Checks the catalogue's Node phrases against the real http.STATUS_CODES:
// every phrase given must be Node's, and every code Node knows that the
// catalogue holds must have it. Usage: node constants_node.js CATALOGUE.json
'use strict';
const fs = require('fs');
const http = require('http');

const catalogue = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const problems = [];
for (const entry of catalogue.codes) {
    const phrase = (entry.constants || {}).node;
    const actual = http.STATUS_CODES[entry.code];
    if (actual !== undefined && phrase !== actual)
        problems.push(`${entry.code}: Node says "${actual}", the catalogue "${phrase}"`);
    if (actual === undefined && phrase !== undefined)
        problems.push(`${entry.code}: the catalogue says "${phrase}", Node has no phrase`);
}
console.log(problems.join('\n') || `ok: ${Object.keys(http.STATUS_CODES).length} codes of http.STATUS_CODES (Node ${process.version})`);
process.exit(problems.length ? 1 : 0);
