'use client'
import { DefaultEditView, TranslationProvider, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { DocumentViewClientProps } from 'payload'

/**
 * Payload's own edit view. While a document is being created, its heading reads `newHeading`
 * ("Nieuw stappenplan", cms/src/admin/collection-nouns.ts): Payload takes it from the one
 * translation `creatingNewLabel`, so this view gives that translation per collection.
 */
export function NewDocumentEditView({ newHeading, ...props }: DocumentViewClientProps & { newHeading: string }) {
  const { id } = useDocumentInfo()
  const { i18n, languageOptions, switchLanguage } = useTranslation()
  if (id !== undefined && id !== null) return <DefaultEditView {...props} />
  const general = i18n.translations.general as Record<string, string>
  const translations = { ...i18n.translations, general: { ...general, creatingNewLabel: newHeading } }
  return (
    <TranslationProvider
      dateFNSKey={i18n.dateFNSKey}
      fallbackLang={i18n.fallbackLanguage as 'nl'}
      language={i18n.language}
      languageOptions={languageOptions}
      switchLanguageServerAction={async (language: string) => switchLanguage?.(language as never)}
      translations={translations}
    >
      <DefaultEditView {...props} />
    </TranslationProvider>
  )
}
