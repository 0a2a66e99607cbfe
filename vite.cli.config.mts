import { defineConfig } from 'vite'
import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('./package.json', import.meta.url)), 'utf8')) as { version: string; dependencies: Record<string, string> }
const deps = Object.keys(pkg.dependencies)

// The CLI bundle: plain Node, CommonJS, dependencies loaded from node_modules.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./src/cli/index.ts', import.meta.url)) },
      output: { format: 'cjs', entryFileNames: '[name].js' },
      external: (id) => id === 'electron' || builtinModules.includes(id.replace(/^node:/, '')) || id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(d + '/')),
    },
  },
})
