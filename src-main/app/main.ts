// The Electron entry point, built to out/main/index.js.
import { privateUmask } from '../private-files'
import { startHerald } from './lifecycle'

privateUmask()
void startHerald()
