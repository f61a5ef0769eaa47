/**
 * Jest transformer for node_modules: NestJS 12 and several of its
 * dependencies ship ES modules only, which jest's module system on Node 20
 * cannot require(). Files that look like ES modules are compiled to CommonJS
 * with SWC; every other file passes through untouched.
 */
const { createHash } = require('node:crypto');
const swc = require('@swc/core');

const ESM_SYNTAX = /^\s*(import\s*[\w*{"']|export\s+(\*|\{|default|const|let|var|function|async|class))/m;

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha1').update('esm-to-cjs-v1').update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    if (!ESM_SYNTAX.test(source)) return { code: source };
    const { code, map } = swc.transformSync(source, {
      filename,
      sourceMaps: true,
      jsc: { target: 'es2022', parser: { syntax: 'ecmascript', importAttributes: true } },
      module: { type: 'commonjs', importInterop: 'node' },
    });
    return { code, map };
  },
};
