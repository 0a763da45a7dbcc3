/** The build-time data-set modules of `vite-plugin.ts`. */
declare module 'virtual:lumen-data/anscombe' {
  const data: import('./convert').Anscombe;
  export default data;
}
declare module 'virtual:lumen-data/iris' {
  const data: import('./convert').Iris;
  export default data;
}
