// Worker-thread entry for large extraction requests: TypeScript sources load through tsx, as in bin/atlas.js.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
