// The Electron entry point, built to out/main/index.js.
import { startHerald } from './lifecycle'

void startHerald()
