/**
 * Our elements register through `define()` (src/shared/define.ts), which the
 * analyzer reads as one definition of a tag called `tag`. Tools that look
 * elements up by definition (IDEs, API viewers) need one per element: this
 * plugin writes them from the `@tag` of each class and drops the stray one.
 * It also drops inherited slots: a subclass that renders its own template
 * (`<employer-microsite>` over `<employer-profile>`) has only the slots it
 * documents itself.
 */
function definitions() {
  return {
    name: 'employer-widgets-definitions',
    packageLinkPhase({customElementsManifest}) {
      // The analyzer lists modules in the order its file walk finds them, which
      // differs between machines and runs: sorted, an unchanged tree builds an
      // unchanged manifest.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
        for (const declaration of module.declarations ?? []) {
          if (declaration.slots) declaration.slots = declaration.slots.filter((slot) => !slot.inheritedFrom);
          if (!declaration.tagName) continue;
          module.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: {name: declaration.name, module: module.path},
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli.ts'],
  outdir: '.',
  litelement: true,
  plugins: [definitions()],
};
