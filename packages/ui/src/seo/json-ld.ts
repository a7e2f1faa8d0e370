import type { Course, CourseModule, Stappenplan, Video } from '@vsp/content-models'
import { PHASE_LABELS } from '@vsp/content-models'

export interface Crumb {
  label: string
  href: string
}

/** JSON for a `<script type="application/ld+json">`; `<` escaped so text cannot close the tag. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

export function breadcrumbList(crumbs: Crumb[], origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: new URL(crumb.href, origin).href,
    })),
  }
}

/** ISO 8601 duration, as schema.org wants it: 200 seconds is PT3M20S. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`
}

export function howTo(plan: Stappenplan, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: plan.title,
    description: plan.summary ?? plan.situation,
    url,
    step: plan.phases.map((phase) => ({
      '@type': 'HowToSection',
      name: PHASE_LABELS[phase.phase],
      itemListElement: phase.steps.map((step, i) => ({
        '@type': 'HowToStep',
        position: i + 1,
        name: step.title,
        text: `${step.action} (Wie: ${step.who})`,
      })),
    })),
  }
}

export function videoObject(video: Video, url: string, thumbnailUrl: string | undefined, embedUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    description: video.summary ?? video.title,
    url,
    ...(thumbnailUrl ? { thumbnailUrl } : {}),
    uploadDate: video.createdAt ?? undefined,
    duration: isoDuration(video.durationSeconds),
    embedUrl,
    transcript: video.transcript,
    inLanguage: 'nl',
  }
}

export function courseJsonLd(course: Course, modules: CourseModule[], url: string, provider: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    description: course.summary ?? course.title,
    url,
    inLanguage: 'nl',
    isAccessibleForFree: true,
    provider: { '@type': 'Organization', name: provider },
    hasPart: modules.map((m) => ({
      '@type': 'Course',
      name: m.title,
      description: m.summary ?? m.title,
      timeRequired: `PT${m.durationMinutes}M`,
      educationalLevel: m.level,
    })),
  }
}
