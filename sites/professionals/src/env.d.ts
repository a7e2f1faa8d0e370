// Astro's module types (astro:content, import.meta.env) also before `astro sync` has written .astro/.
/// <reference types="astro/client" />
