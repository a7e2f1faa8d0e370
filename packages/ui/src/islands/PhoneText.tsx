import { phoneParts } from '@vsp/richtext'

/** Plain text with its phone numbers as tel: links, inside islands (PhoneText.astro elsewhere). */
export function PhoneText({ text }: { text: string }) {
  return (
    <>
      {phoneParts(text).map((part, i) =>
        part.tel ? (
          <a key={i} href={part.tel}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
