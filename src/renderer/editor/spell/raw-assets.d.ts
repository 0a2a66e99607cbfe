// Vite's `?raw` suffix imports a file's text (types normally come from vite/client, which this
// project does not load globally).
declare module '*?raw' {
  const text: string
  export default text
}
