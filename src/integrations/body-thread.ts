/**
 * The body thread (src/build/body-thread.ts) for each build: started as the build starts, ended when
 * it is done. The dev server has none; its pages write their bodies out themselves.
 */
import type { AstroIntegration } from 'astro';
import { startBodyThread, stopBodyThread } from '../build/body-thread';

export function bodyThread(): AstroIntegration {
  return {
    name: 'body-thread',
    hooks: {
      'astro:build:start': () => startBodyThread(),
      'astro:build:done': () => stopBodyThread(),
    },
  };
}
