/**
 * An empty ES module: detect.ts require()s it once to learn whether this runtime's require()
 * loads ES modules (Node 20.19+, 22.12+; not jest's module registry, not older Nodes), and so
 * whether franc can be loaded synchronously on first use instead of with the module.
 */
export {};
