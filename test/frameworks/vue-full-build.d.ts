// Vue's full build (runtime and template compiler, one ES module for the
// browser) ships without a .d.ts of its own; its API is that of 'vue'.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
