// Builds the web UI (web/ → web/dist) when it is missing or older than its sources, so that
// `npm start` serves it on a fresh clone. Already built: a walk over web/'s files, a few ms.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'web/dist/index.html';
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path))
    if (entry !== 'dist' && entry !== 'node_modules') latest = Math.max(latest, newest(join(path, entry)));
  return latest;
};

const sources = Math.max(newest('web'), statSync('package-lock.json').mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  if (!existsSync('node_modules/.bin/vite')) {
    console.error('secondlook: the web UI needs building but vite is not installed (run `npm ci`).');
    process.exit(existsSync(built) ? 0 : 1);
  }
  console.log('secondlook: building the web UI (vite build web)…');
  execFileSync('node_modules/.bin/vite', ['build', 'web', '--logLevel', 'warn'], { stdio: 'inherit' });
}
