/** All seed videos; transcripts are the full spoken text, as the model requires. */
import type { SeedVideo } from '../types'
import { videosErvaringsverhalen } from './videos-ervaringsverhalen'
import { videosUitleg } from './videos-uitleg'
import { videosVoorbeeldscenarios } from './videos-voorbeeldscenarios'

export const videos: SeedVideo[] = [...videosErvaringsverhalen, ...videosUitleg, ...videosVoorbeeldscenarios]
