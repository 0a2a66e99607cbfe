import type { FuseV1Config } from '@electron/fuses'

/** The fuse wire of a packaged build (see set-fuses.mjs). */
export declare const FUSE_CONFIG: Readonly<FuseV1Config & { strictlyRequireAllFuses: true }>
/** The fuses of a config by option name → on/off. */
export declare function describeFuses(config?: FuseV1Config): Record<string, boolean>
/** Flips the fuses in a packaged binary and verifies them by reading the wire back. */
export declare function setFuses(binaryPath: string, config?: FuseV1Config): Promise<Record<string, boolean>>
