/*
 * Plain `tsc` cannot read `.astro` files (that takes `astro check`, not installed), so tests
 * see every component as what the container API renders. Props are checked by the build.
 */
declare module '*.astro' {
  const Component: Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0]
  export default Component
}

declare module '*.astro?container' {
  const Component: Parameters<import('astro/container').experimental_AstroContainer['renderComponent']>[0]
  export default Component
}
